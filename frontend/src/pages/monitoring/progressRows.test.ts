// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/locale';
import { toProgressInput, validateProgress } from './progressRows';

const zh: Translate = (z) => z;
const indicators = [
  { id: 'i1', comparator: 'GTE' as const },
  { id: 'i2', comparator: 'QUALITATIVE' as const },
];

describe('monitoring progress rows', () => {
  it('asks for progress and likelihood of every indicator, and a reason when behind', () => {
    const errors = validateProgress(indicators, { i1: { completedToDate: '-1', expectedFullYear: 'x', reasonText: '' } }, { i1: 'RED', i2: null }, zh);
    expect(errors.i1).toEqual({ completedToDate: '应为不小于 0 的数字', expectedFullYear: '应为不小于 0 的数字', likelihood: '请选择完成可能性', reason: '进度偏差，请选择偏差原因' });
    expect(errors.i2).toEqual({ completedLevel: '请选择目前的完成情况', likelihood: '请选择完成可能性' });
  });

  it('accepts complete rows and builds the API input', () => {
    const drafts = {
      i1: { completedToDate: ' 480 ', expectedFullYear: '1200', reasonText: '', likelihood: 'CERTAIN' as const },
      i2: { completedToDate: '', expectedFullYear: '', completedLevel: 'ACHIEVED' as const, reasonText: '', likelihood: 'CERTAIN' as const },
    };
    expect(validateProgress(indicators, drafts, { i1: 'GREEN', i2: 'GREEN' }, zh)).toEqual({});
    expect(toProgressInput(indicators[0], drafts.i1)).toEqual({ indicatorID: 'i1', completedToDate: '480', completedLevel: null, expectedFullYear: '1200', reason: null, reasonText: null, likelihood: 'CERTAIN' });
    expect(toProgressInput(indicators[1], drafts.i2)).toMatchObject({ completedToDate: null, completedLevel: 'ACHIEVED' });
  });
});
