import { useMutation, type CombinedError } from 'urql';
import type { CreateTargetInput, UpdateTargetInput } from '../../gql/graphql';
import { toDeclaredIndicatorInput, type IndicatorDraft } from './indicatorDraft';
import { DeclareTargetMutation, ReviseTargetMutation } from './targetOperations';

export type SavedTarget = { id: string; lockVersion: number; status: string; reviewChecks: { code: string; passed: boolean; severity: string; message: string }[] };
export type SaveOutcome = { ok: true; target: SavedTarget } | { ok: false; error: CombinedError };

/**
 * Saves a target with all its indicators in one request: declareTarget for a
 * new target, reviseTarget (which replaces the indicators) for a draft,
 * returned or adjusting one. The server writes all or nothing, so a failed
 * save leaves nothing half-done and the form can simply be sent again.
 */
export function useSaveTarget() {
  const [declareState, declareTarget] = useMutation(DeclareTargetMutation);
  const [reviseState, reviseTarget] = useMutation(ReviseTargetMutation);

  async function declare(input: CreateTargetInput, rows: IndicatorDraft[]): Promise<SaveOutcome> {
    const result = await declareTarget({ input, indicators: rows.map((r, i) => toDeclaredIndicatorInput(r, i + 1)) });
    if (result.error || !result.data) return { ok: false, error: result.error! };
    return { ok: true, target: result.data.declareTarget };
  }

  async function revise(id: string, lockVersion: number, input: UpdateTargetInput, rows: IndicatorDraft[]): Promise<SaveOutcome> {
    const result = await reviseTarget({ id, lockVersion, input, indicators: rows.map((r, i) => toDeclaredIndicatorInput(r, i + 1)) });
    if (result.error || !result.data) return { ok: false, error: result.error! };
    return { ok: true, target: result.data.reviseTarget };
  }

  return { declare, revise, busy: declareState.fetching || reviseState.fetching };
}
