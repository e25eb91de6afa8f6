import type { Comparator, DeclaredIndicatorInput, IndicatorCategory, IndicatorStandard, Subcategory } from '../../gql/graphql';

/** One row of the indicator editor, as typed (decimals stay strings: exact). */
export type IndicatorDraft = {
  key: string;
  category?: IndicatorCategory;
  subcategory?: Subcategory;
  name: string;
  templateId?: string;
  comparator?: Comparator;
  targetValue: string;
  targetText: string;
  unit: string;
  weight: string;
  standard?: IndicatorStandard;
  /** 历史值 (e.g. the last three years' average); optional. */
  baseline: string;
  /** 预算支出标准: the cap of a cost indicator; optional. */
  standardValue: string;
};

let counter = 0;

function nextKey(): string {
  counter += 1;
  return `row-${Date.now()}-${counter}`;
}

export function newIndicatorDraft(category?: IndicatorCategory): IndicatorDraft {
  return { key: nextKey(), category, name: '', comparator: 'GTE', targetValue: '', targetText: '', unit: '', weight: '', standard: 'PLAN', baseline: '', standardValue: '' };
}

type SavedIndicator = {
  category: IndicatorCategory;
  subcategory: Subcategory;
  name: string;
  comparator: Comparator;
  targetValue?: string | null;
  targetText?: string | null;
  unit?: string | null;
  weight: string;
  standard?: IndicatorStandard | null;
  baseline?: string | null;
  standardValue?: string | null;
  templateID?: string | null;
};

/** A saved indicator back into an editable row (revising a draft or returned target). */
export function draftFromIndicator(i: SavedIndicator): IndicatorDraft {
  return {
    key: nextKey(),
    category: i.category,
    subcategory: i.subcategory,
    name: i.name,
    templateId: i.templateID ?? undefined,
    comparator: i.comparator,
    targetValue: i.targetValue ?? '',
    targetText: i.targetText ?? '',
    unit: i.unit ?? '',
    weight: i.weight,
    standard: i.standard ?? undefined,
    baseline: i.baseline ?? '',
    standardValue: i.standardValue ?? '',
  };
}

export const isQualitative = (d: Pick<IndicatorDraft, 'comparator'>) => d.comparator === 'QUALITATIVE';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The API input for a validated draft (declareTarget / reviseTarget send the whole list at once). */
export function toDeclaredIndicatorInput(d: IndicatorDraft, sortOrder: number): DeclaredIndicatorInput {
  const qualitative = isQualitative(d);
  return {
    category: d.category!,
    subcategory: d.subcategory!,
    name: d.name.trim(),
    comparator: d.comparator!,
    targetValue: qualitative ? null : d.targetValue.trim(),
    targetText: qualitative ? d.targetText.trim() : null,
    unit: qualitative ? null : orNull(d.unit),
    weight: d.weight.trim(),
    standard: d.standard ?? null,
    baseline: qualitative ? null : orNull(d.baseline),
    standardValue: qualitative ? null : orNull(d.standardValue),
    sortOrder,
    templateID: d.templateId ?? null,
  };
}
