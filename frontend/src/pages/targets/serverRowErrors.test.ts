// @vitest-environment node
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { mergeRowErrors, serverRowErrors } from './serverRowErrors';

const err = (message: string, extensions: Record<string, unknown>) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('serverRowErrors', () => {
  it('puts an indexed field error on its row', () => {
    const e = err('字段 weight 不能为负数 / field weight must not be negative', { code: 'BAD_USER_INPUT', field: 'indicators.1.weight' });
    expect(serverRowErrors(e, ['a', 'b', 'c'], 'zh')).toEqual({ b: { weight: '字段 weight 不能为负数' } });
    const e2 = err('x / y', { code: 'BAD_USER_INPUT', field: 'target_value', index: 2 });
    expect(serverRowErrors(e2, ['a', 'b', 'c'], 'en')).toEqual({ c: { targetValue: 'y' } });
  });

  it('leaves errors without a row to the page', () => {
    expect(serverRowErrors(err('x / y', { code: 'BAD_USER_INPUT', field: 'weight' }), ['a'], 'zh')).toEqual({});
    expect(serverRowErrors(err('x / y', { code: 'BAD_USER_INPUT', field: 'goal' }), ['a'], 'zh')).toEqual({});
  });

  it('merges the form’s own errors first', () => {
    expect(mergeRowErrors({ a: { name: 'own' } }, { a: { name: 'server', unit: 'u' } })).toEqual({ a: { name: 'own', unit: 'u' } });
  });
});
