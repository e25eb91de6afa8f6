// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compositeParts } from './CompositePage';

describe('composite parts', () => {
  it('sends the evaluations given a share', () => {
    expect(compositeParts({ a: '50', b: ' 50 ', c: '' })).toEqual([
      { evaluationId: 'a', share: '50' },
      { evaluationId: 'b', share: '50' },
    ]);
  });
});
