import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { stepsOfParams, toEdited, toStep } from './calendarSteps';

describe('calendar steps as finance edits them', () => {
  const step = { kind: 'SELF_EVALUATION', yearOffset: 1, fromMonth: 1, fromDay: 1, month: 4, day: 30 };

  it('dates a stored step in its fiscal year and back, unchanged', () => {
    const edited = toEdited(step, 2027);
    expect(edited.deadline?.format('YYYY-MM-DD')).toBe('2028-04-30');
    expect(edited.start?.format('YYYY-MM-DD')).toBe('2028-01-01');
    expect(toStep(edited, 2027)).toEqual(step);
  });

  it('a step without an opening day stays without one', () => {
    const bare = { kind: 'KEY_EVALUATION', yearOffset: 0, month: 6, day: 30 };
    expect(toStep(toEdited(bare, 2026), 2026)).toEqual(bare);
  });

  it('a new deadline moves the year offset with it', () => {
    expect(toStep({ kind: 'DECLARATION_FIRST_UP', start: null, deadline: dayjs('2026-10-31') }, 2027)).toEqual({ kind: 'DECLARATION_FIRST_UP', yearOffset: -1, month: 10, day: 31 });
  });

  it('refuses what the stored form cannot say: no deadline, or an opening day in another year', () => {
    expect(toStep({ kind: 'SELF_EVALUATION', start: null, deadline: null }, 2027)).toEqual({ error: 'missing' });
    expect(toStep({ kind: 'SELF_EVALUATION', start: dayjs('2027-12-01'), deadline: dayjs('2028-04-30') }, 2027)).toEqual({ error: 'year' });
  });

  it('reads the steps of a rule set\'s parameters, none when it has no calendar', () => {
    expect(stepsOfParams(JSON.stringify({ calendar: [step], scorePlaces: 2 }))).toEqual([step]);
    expect(stepsOfParams(JSON.stringify({ scorePlaces: 2 }))).toEqual([]);
    expect(stepsOfParams('not json')).toEqual([]);
    expect(stepsOfParams(null)).toEqual([]);
  });
});
