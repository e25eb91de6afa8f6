// The scheme editor's draft: the items as the API takes them, kept in display
// order (each parent before its children). Weight and band rules are the
// server's (internal/domain/rules/schemedef.go); the editor shows its answers.
import type { ScoreItemMethod } from '../../gql/graphql';

export type DraftItem = {
  key: string;
  parentKey: string | null;
  name: string;
  method: ScoreItemMethod;
  code: string; // DATA: the metric (schemeDataMetrics); else the item's code, kept as stored
  points: string;
  share: string; // percent; '' = none
  perIncident: string; // DEDUCTION
  bands: string; // SURVEY: "0.9:1, 0.8:0.8" (start:share)
  maxBonus: string; // BONUS_PENALTY
  maxPenalty: string;
};

export const METHODS: ScoreItemMethod[] = ['COMPOSITE', 'MANUAL', 'EXECUTION_RATE', 'SURVEY', 'DEDUCTION', 'VETO', 'BONUS_PENALTY', 'DATA'];

/** Methods whose items carry no points (they act on their parent). */
export const pointless = (m: ScoreItemMethod) => m === 'VETO' || m === 'BONUS_PENALTY';

export function blankItem(key: string, parentKey: string | null, method: ScoreItemMethod = 'MANUAL'): DraftItem {
  return { key, parentKey, name: '', method, code: '', points: pointless(method) ? '0' : '', share: '', perIncident: '', bands: '', maxBonus: '', maxPenalty: '' };
}

/** A key not used yet: k1, k2, … */
export function nextKey(items: DraftItem[]): string {
  let n = items.length + 1;
  while (items.some((i) => i.key === `k${n}`)) n++;
  return `k${n}`;
}

/** The depth of an item: 1 at the top level. */
export function levelOf(items: DraftItem[], key: string): number {
  let level = 0;
  let current: string | null = key;
  while (current !== null && level <= items.length) {
    level++;
    current = items.find((i) => i.key === current)?.parentKey ?? null;
  }
  return level;
}

/** Inserts a child after its parent's last descendant, keeping display order. */
export function addChild(items: DraftItem[], parentKey: string | null, child: DraftItem): DraftItem[] {
  if (parentKey === null) return [...items, child];
  const inside = (key: string): boolean => {
    for (let p: string | null = key; p !== null; p = items.find((i) => i.key === p)?.parentKey ?? null) {
      if (p === parentKey) return true;
    }
    return false;
  };
  let at = items.findIndex((i) => i.key === parentKey);
  while (at + 1 < items.length && inside(items[at + 1].key)) at++;
  return [...items.slice(0, at + 1), child, ...items.slice(at + 1)];
}

/** Removes an item with everything under it. */
export function removeItem(items: DraftItem[], key: string): DraftItem[] {
  const gone = new Set([key]);
  for (const i of items) if (i.parentKey !== null && gone.has(i.parentKey)) gone.add(i.key);
  return items.filter((i) => !gone.has(i.key));
}

/** "0.9:1, 0.8:0.8" → bands; undefined when the text is not of that form. */
export function parseBands(text: string): { from: string; share: string }[] | undefined {
  const parts = text.split(/[,，;；\s]+/).filter(Boolean);
  const bands = parts.map((p) => p.split(/[:：]/));
  if (bands.some((b) => b.length !== 2 || !/^\d+(\.\d+)?$/.test(b[0]) || !/^\d+(\.\d+)?$/.test(b[1]))) return undefined;
  return bands.map(([from, share]) => ({ from, share }));
}

export function formatBands(bands: readonly { from: string; share: string }[]): string {
  return bands.map((b) => `${b.from}:${b.share}`).join(', ');
}

const opt = (s: string) => (s.trim() === '' ? null : s.trim());

/** The draft as the API's SchemeItemInput list. */
export function toInput(items: DraftItem[]) {
  return items.map((i) => ({
    key: i.key,
    parentKey: i.parentKey,
    name: i.name.trim(),
    method: i.method,
    code: opt(i.code),
    points: pointless(i.method) ? '0' : i.points.trim() || '0',
    share: pointless(i.method) ? null : opt(i.share),
    perIncident: i.method === 'DEDUCTION' ? opt(i.perIncident) : null,
    bands: i.method === 'SURVEY' ? parseBands(i.bands) ?? [] : null,
    maxBonus: i.method === 'BONUS_PENALTY' ? opt(i.maxBonus) : null,
    maxPenalty: i.method === 'BONUS_PENALTY' ? opt(i.maxPenalty) : null,
  }));
}

type StoredItem = {
  key: string;
  parentKey?: string | null;
  name: string;
  method: ScoreItemMethod;
  code?: string | null;
  points: string;
  share?: string | null;
  perIncident?: string | null;
  bands: readonly { from: string; share: string }[];
  maxBonus?: string | null;
  maxPenalty?: string | null;
};

/** A stored scheme's items as a draft. */
export function fromStored(items: readonly StoredItem[]): DraftItem[] {
  return items.map((i) => ({
    key: i.key,
    parentKey: i.parentKey ?? null,
    name: i.name,
    method: i.method,
    code: i.code ?? '',
    points: i.points,
    share: i.share ?? '',
    perIncident: i.perIncident ?? '',
    bands: formatBands(i.bands),
    maxBonus: i.maxBonus ?? '',
    maxPenalty: i.maxPenalty ?? '',
  }));
}

/**
 * A starting point for a period composite (年中 50 % + 年末 50 %): each period
 * an output item scored by hand and a satisfaction survey in bands.
 */
export function periodTemplate(): DraftItem[] {
  const period = (key: string, name: string): DraftItem[] => [
    { ...blankItem(key, null, 'COMPOSITE'), name, points: '100', share: '50' },
    { ...blankItem(`${key}.out`, key), name: '产出与效益', points: '80' },
    { ...blankItem(`${key}.sv`, key, 'SURVEY'), name: '服务对象满意度', points: '20', bands: '0.9:1, 0.8:0.8, 0.6:0.5' },
  ];
  return [...period('mid', '年中评价'), ...period('end', '年末评价')];
}
