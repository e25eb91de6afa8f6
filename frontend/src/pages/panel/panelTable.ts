// The panel's grid: one row per manual item, one column per expert.
export type PanelScore = { id: string; score: string; lockVersion: number; expert: { id: string; name: string } };
export type PanelRow = {
  scoreItem: { id: string; name: string; weight: string; score?: string | null };
  scores: PanelScore[];
  aggregate?: string | null;
  spread?: string | null;
  missing: { id: string; name: string }[];
};

/** The expert's score of an item, if they scored it. */
export function scoreOf(row: PanelRow, expertId: string): PanelScore | undefined {
  return row.scores.find((s) => s.expert.id === expertId);
}

/** How many item scores are still missing across the panel. */
export function missingCount(rows: PanelRow[]): number {
  return rows.reduce((n, r) => n + r.missing.length, 0);
}
