import type { CalendarKind } from '../../gql/graphql';

/** Where the work of a calendar step is done. */
export function calendarLink(kind: CalendarKind, fiscalYear: number): string {
  switch (kind) {
    case 'DECLARATION_FIRST_UP':
    case 'DECLARATION_SECOND_UP':
    case 'DECLARATION_FIRST_DOWN':
    case 'DECLARATION_SECOND_DOWN':
      return `/reviews?year=${fiscalYear}`;
    case 'MONITORING_MONTH':
    case 'MONITORING_MIDYEAR':
      return `/projects?year=${fiscalYear}`;
    case 'SELF_EVALUATION':
      return `/evaluations?year=${fiscalYear}&kind=SELF`;
    case 'KEY_EVALUATION':
      return `/evaluations?year=${fiscalYear}`;
    case 'RECTIFICATION':
      return '/rectifications?open=1';
  }
}

/** Past (deadline gone), open (between start and deadline) or coming. */
export function calendarState(start: string | null | undefined, deadline: string, now: Date): 'past' | 'open' | 'coming' {
  if (new Date(deadline) < now) return 'past';
  if (!start || new Date(start) <= now) return 'open';
  return 'coming';
}
