// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { previewInputs } from './SchemePreviewCard';
import { blankItem } from './schemeDraft';

describe('preview inputs', () => {
  it('sends what each method takes and leaves blanks out', () => {
    const items = [
      blankItem('c', null, 'COMPOSITE'),
      blankItem('m', 'c', 'MANUAL'),
      blankItem('s', 'c', 'SURVEY'),
      blankItem('d', 'c', 'DEDUCTION'),
      blankItem('v', null, 'VETO'),
      blankItem('b', null, 'BONUS_PENALTY'),
      blankItem('blank', 'c', 'MANUAL'),
    ];
    const entry = (value: string, vetoed = false, reason = '') => ({ value, vetoed, reason });
    expect(
      previewInputs(items, { c: entry('9'), m: entry(' 54 '), s: entry('0.85'), d: entry('3'), v: entry('', true, '事故'), b: entry('-2', false, '通报'), blank: entry('') }),
    ).toEqual([
      { key: 'm', score: '54' },
      { key: 's', rate: '0.85' },
      { key: 'd', incidents: 3 },
      { key: 'v', vetoed: true, reason: '事故' },
      { key: 'b', score: '-2', reason: '通报' },
    ]);
  });
});
