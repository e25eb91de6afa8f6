import dayjs, { type Dayjs } from 'dayjs';

/** One step of a rule set's calendar as stored (rules.CalendarStep): dates relative to the fiscal year. */
export type CalendarStep = { kind: string; yearOffset: number; fromMonth?: number; fromDay?: number; month: number; day: number };

/** A step as finance edits it: the opening day (optional) and the deadline, as dates of one fiscal year. */
export type EditedStep = { kind: string; start: Dayjs | null; deadline: Dayjs | null };

/** The calendar steps of a rule set's parameters (paramsJson); none when it has no calendar. */
export function stepsOfParams(paramsJson: string | null | undefined): CalendarStep[] {
  if (!paramsJson) return [];
  try {
    const params = JSON.parse(paramsJson) as { calendar?: CalendarStep[] | null };
    return params.calendar ?? [];
  } catch {
    return [];
  }
}

/** Dates a stored step in a fiscal year (the opening day shares the deadline's year, as the server dates it). */
export function toEdited(step: CalendarStep, fiscalYear: number): EditedStep {
  const year = fiscalYear + step.yearOffset;
  return {
    kind: step.kind,
    start: step.fromMonth ? dayjs(new Date(year, step.fromMonth - 1, step.fromDay ?? 1)) : null,
    deadline: dayjs(new Date(year, step.month - 1, step.day)),
  };
}

/**
 * Back to the stored form. The server checks the rest (a real date, within a
 * year of the fiscal year, opening no later than the deadline) and names the
 * step it refuses; only what the stored form cannot say is refused here: an
 * opening day in another year than the deadline.
 */
export function toStep(edited: EditedStep, fiscalYear: number): CalendarStep | { error: 'missing' | 'year' } {
  if (!edited.deadline) return { error: 'missing' };
  const d = edited.deadline;
  const step: CalendarStep = { kind: edited.kind, yearOffset: d.year() - fiscalYear, month: d.month() + 1, day: d.date() };
  if (edited.start) {
    if (edited.start.year() !== d.year()) return { error: 'year' };
    step.fromMonth = edited.start.month() + 1;
    step.fromDay = edited.start.date();
  }
  return step;
}
