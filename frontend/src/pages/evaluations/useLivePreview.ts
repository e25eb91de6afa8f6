import { useEffect, useMemo, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { SERVER_MAX_PAGE_SIZE } from '../../api/limits';
import { useAllPages } from '../../api/useAllPages';
import { useLanguageContext } from '../../api/useLanguageContext';
import { fenToMoney, sumFen } from '../../format/money';
import type { Grade, ScorePreviewInput } from '../../gql/graphql';
import { allocationBudgetFen } from '../projects/allocationBudget';
import { EvaluationFundingQuery, EvaluationPaidQuery, GradeForQuery, ScorePreviewQuery, SelfEvaluationPreviewQuery } from './evaluationOperations';
import { editorKind, inBand, qualitativeBand, selfPreviewIndicators, treeTotal, type ItemDraft, type ScoringRules, type SheetItem } from './scoringSheet';

/** The value, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

export type ItemPreview = { score: string; explanation?: string; flags: string[] };

export type LivePreview = {
  total?: string;
  grade?: Grade;
  /** Previews by score item id (indicator items; manual items as typed). */
  items: Record<string, ItemPreview>;
  executionScore?: string;
  /** Consistency checks of a self-evaluation: HIGH_SCORE_LOW_SPENDING, UNDERSPENT. */
  flags: string[];
  /** Some items have neither a score nor an input yet. */
  incomplete: boolean;
  budget?: string;
  paid?: string;
  loading: boolean;
  error?: CombinedError;
};

type Evaluation = { scheme: string; fiscalYear: number; projectID?: string | null };

/**
 * The total and grade while the scorer types: a self-evaluation is previewed
 * as a whole by the pure query selfEvaluationPreview (the 单位自评 scheme
 * with the project's budget and payments of the year); other schemes add up
 * the items in the browser — indicators through scorePreview, manual points
 * as typed, the rest as last computed — and ask gradeFor. Nothing is saved.
 * Qualitative scores are previewed once the rule set's bands are known.
 */
export function useLivePreview(evaluation: Evaluation, items: readonly SheetItem[], drafts: Record<string, ItemDraft>, rules: ScoringRules | undefined): LivePreview {
  const client = useClient();
  const context = useLanguageContext();
  const self = evaluation.scheme === 'SELF' && !!evaluation.projectID;
  const projectId = evaluation.projectID ?? '';
  const [{ data: funding }] = useQuery({ query: EvaluationFundingQuery, variables: { projectId, year: evaluation.fiscalYear }, pause: !self });
  const paid = useAllPages(EvaluationPaidQuery, { projectId, year: evaluation.fiscalYear, first: SERVER_MAX_PAGE_SIZE, after: null }, (d) => d.disbursements, { pause: !self });
  const budgetFen = funding ? allocationBudgetFen((funding.allocations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))) : undefined;
  const paidFen = paid.nodes ? sumFen(paid.nodes.map((d) => d.amount)) : undefined;
  const debouncedDrafts = useDebounced(drafts);

  // Self-evaluation: one pure query for everything.
  const selfInput = useMemo(() => {
    if (!self || !rules || budgetFen == null || paidFen == null || budgetFen <= 0n) return null;
    const { itemIds, indicators } = selfPreviewIndicators(items, debouncedDrafts, rules);
    return { itemIds, input: { paid: fenToMoney(paidFen), budget: fenToMoney(budgetFen), indicators } };
  }, [self, rules, budgetFen, paidFen, items, debouncedDrafts]);
  const [selfResult] = useQuery({ query: SelfEvaluationPreviewQuery, variables: { input: selfInput?.input ?? { paid: '0', budget: '0', indicators: [] } }, pause: !selfInput, context });

  // Other schemes: indicator items through scorePreview, then the tree total and gradeFor.
  const indicatorInputs = useMemo(() => {
    if (self) return [];
    const out: { id: string; input: ScorePreviewInput }[] = [];
    for (const item of items) {
      const kind = editorKind(item);
      const ind = item.indicator;
      const d = debouncedDrafts[item.id] ?? {};
      if (!ind) continue;
      if (kind === 'actual') {
        const actual = d.actualValue !== undefined ? d.actualValue.trim() : ind.actualValue ?? '';
        out.push({ id: item.id, input: { comparator: ind.comparator, targetValue: ind.targetValue ?? null, actualValue: actual || null, points: item.weight } });
      } else if (kind === 'qualitative') {
        const level = d.level ?? ind.actualLevel ?? undefined;
        const score = d.score ?? item.score ?? '';
        if (level && score && rules && inBand(score, qualitativeBand(level, item.weight, rules), rules.scorePlaces)) out.push({ id: item.id, input: { comparator: 'QUALITATIVE', level, levelScore: score, points: item.weight } });
      }
    }
    return out;
  }, [self, rules, items, debouncedDrafts]);
  const inputsKey = JSON.stringify(indicatorInputs);
  const [indicatorPreviews, setIndicatorPreviews] = useState<{ key: string; previews: Record<string, ItemPreview>; error?: CombinedError }>({ key: '', previews: {} });
  useEffect(() => {
    if (self) return;
    let cancelled = false;
    const list = JSON.parse(inputsKey) as typeof indicatorInputs;
    Promise.all(list.map((x) => client.query(ScorePreviewQuery, { input: x.input }, context).toPromise())).then((results) => {
      if (cancelled) return;
      const previews: Record<string, ItemPreview> = {};
      let error: CombinedError | undefined;
      results.forEach((r, i) => {
        if (r.data) previews[list[i].id] = { ...r.data.scorePreview, flags: [...r.data.scorePreview.flags] };
        else error ??= r.error;
      });
      setIndicatorPreviews({ key: inputsKey, previews, error });
    });
    return () => {
      cancelled = true;
    };
  }, [self, inputsKey, client, context]);

  const tree = useMemo(() => {
    if (self) return null;
    const previews = indicatorPreviews.previews;
    const leaf = (id: string) => {
      const item = items.find((x) => x.id === id)!;
      const d = debouncedDrafts[id] ?? {};
      const kind = editorKind(item);
      if (previews[id]) return previews[id].score;
      if ((kind === 'manual' || kind === 'bonus') && d.score?.trim()) return d.score.trim();
      return item.score;
    };
    const vetoed = (id: string) => debouncedDrafts[id]?.vetoed ?? false;
    return treeTotal(items, leaf, vetoed);
  }, [self, items, debouncedDrafts, indicatorPreviews]);
  const [gradeResult] = useQuery({ query: GradeForQuery, variables: { score: tree?.total100 ?? '0' }, pause: !tree });

  if (self) {
    const data = selfResult.data?.selfEvaluationPreview;
    const byItem: Record<string, ItemPreview> = {};
    if (data && selfInput) selfInput.itemIds.forEach((id, i) => data.items[i] && (byItem[id] = { ...data.items[i], flags: [...data.items[i].flags] }));
    const incomplete = items.some((it) => {
      const kind = editorKind(it);
      const d = debouncedDrafts[it.id] ?? {};
      if (kind === 'actual') return !(d.actualValue?.trim() || (d.actualValue === undefined && it.indicator?.actualValue));
      if (kind === 'qualitative') return !(d.level ?? it.indicator?.actualLevel) || !(d.score ?? it.score);
      return false;
    });
    return {
      total: data?.total,
      grade: data?.grade,
      items: byItem,
      executionScore: data?.executionScore,
      flags: data ? [...data.flags] : [],
      incomplete,
      budget: budgetFen != null ? fenToMoney(budgetFen) : undefined,
      paid: paidFen != null ? fenToMoney(paidFen) : undefined,
      loading: selfResult.fetching || paid.loading,
      error: selfResult.error ?? paid.error,
    };
  }
  return {
    total: tree?.total100,
    grade: gradeResult.data?.gradeFor,
    items: indicatorPreviews.previews,
    flags: [],
    incomplete: tree ? !tree.complete : true,
    loading: gradeResult.fetching || indicatorPreviews.key !== inputsKey,
    error: gradeResult.error ?? indicatorPreviews.error,
  };
}
