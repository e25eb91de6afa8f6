// @vitest-environment node
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeError, pickLanguage } from './describeError';

const gqlError = (message: string, extensions: Record<string, unknown>) => new GraphQLError(message, { extensions });

describe('describeError', () => {
  it('picks the language out of "中文 / English"', () => {
    expect(pickLanguage('字段 name 的值无效 / invalid value for field name', 'zh')).toBe('字段 name 的值无效');
    expect(pickLanguage('字段 name 的值无效 / invalid value for field name', 'en')).toBe('invalid value for field name');
    expect(pickLanguage('plain', 'zh')).toBe('plain');
  });

  it('explains bad input and maps the field (snake_case → camelCase)', () => {
    const error = new CombinedError({ graphQLErrors: [gqlError('年度无效 / invalid year', { code: 'BAD_USER_INPUT', field: 'fiscal_year' })] });
    const d = describeError(error, 'zh');
    expect(d.kind).toBe('BAD_USER_INPUT');
    expect(d.title).toContain('填写的内容有误');
    expect(d.details).toEqual(['年度无效']);
    expect(d.fieldErrors).toEqual({ fiscalYear: '年度无效' });
  });

  it('says what to do for network, permission and internal errors', () => {
    expect(describeError(new CombinedError({ networkError: new Error('fetch failed') }), 'zh').title).toContain('无法连接服务器');
    expect(describeError(new CombinedError({ graphQLErrors: [gqlError('无权访问 / access denied', { code: 'FORBIDDEN' })] }), 'en').title).toContain('not allowed');
    const internal = describeError(new CombinedError({ graphQLErrors: [gqlError('内部错误，请求号 abc / internal error; quote request id abc', { code: 'INTERNAL' })] }), 'en');
    expect(internal.details[0]).toContain('abc');
  });
});
