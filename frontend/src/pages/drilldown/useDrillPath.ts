import { useSearchParams } from 'react-router';

export const DRILL_LEVELS = ['region', 'dept', 'project', 'indicator'] as const;
export type DrillLevel = (typeof DRILL_LEVELS)[number];
export type DrillPath = Partial<Record<DrillLevel, string>>;

/**
 * Where the drill-down stands: region → department → project → indicator,
 * kept in the URL (?region=…&dept=…&project=…&indicator=…) so that back,
 * reload and sharing a link keep the place.
 */
export function useDrillPath() {
  const [params, setParams] = useSearchParams();
  const path: DrillPath = {};
  for (const level of DRILL_LEVELS) {
    const v = params.get(level);
    if (v) path[level] = v;
  }
  const next = (current: URLSearchParams, level: DrillLevel | null, value?: string) => {
    const out = new URLSearchParams(current);
    const from = level ? DRILL_LEVELS.indexOf(level) : -1;
    DRILL_LEVELS.forEach((l, i) => {
      if (i > from) out.delete(l);
    });
    if (level && value) out.set(level, value);
    return out;
  };
  /** Goes to a level: sets it and clears everything below it. */
  const go = (level: DrillLevel | null, value?: string) => setParams((current) => next(current, level, value));
  /** The same place as a link (?…), so that names are real links: keyboard, new tab, screen readers. */
  const hrefFor = (level: DrillLevel | null, value?: string) => `?${next(params, level, value).toString()}`;
  return { path, go, hrefFor };
}
