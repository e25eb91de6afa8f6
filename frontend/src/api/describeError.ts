// Turns what the server or the network said into words a clerk understands.
// Server messages come as "中文 / English"; the code is in extensions.code.
import type { CombinedError } from 'urql';
import type { Locale } from '../i18n/locale';

export type ErrorKind =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INVALID_TRANSITION'
  | 'INTERNAL'
  | 'NETWORK'
  | 'OUTDATED_CLIENT'
  | 'UNKNOWN';

export type UserFacingError = {
  kind: ErrorKind;
  /** One line saying what happened and what to do. */
  title: string;
  /** The server's own words, in the current language (may be empty). */
  details: string[];
  /** Messages for form fields, keyed by the API's field name (extensions.field). */
  fieldErrors: Record<string, string>;
};

/** Picks one language out of a "中文 / English" message. */
export function pickLanguage(message: string, locale: Locale): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return locale === 'zh' ? message.slice(0, at) : message.slice(at + 3);
}

const TITLES: Record<ErrorKind, { zh: string; en: string }> = {
  BAD_USER_INPUT: { zh: '填写的内容有误，请按提示修改后再提交。', en: 'Some of what you entered is not accepted. Please correct it and submit again.' },
  NOT_FOUND: { zh: '要找的记录不存在，可能已被删除。', en: 'The record was not found; it may have been deleted.' },
  CONFLICT: { zh: '数据已被他人修改或与已有记录重复，请刷新后再试。', en: 'The data was changed by someone else or duplicates an existing record. Refresh and try again.' },
  FORBIDDEN: { zh: '您没有权限查看或修改这些数据。', en: 'You are not allowed to see or change this data.' },
  UNAUTHENTICATED: { zh: '请先登录。', en: 'Please log in first.' },
  INVALID_TRANSITION: { zh: '当前状态下不能进行此操作。', en: 'This action is not allowed in the current state.' },
  INTERNAL: { zh: '系统出错了，请稍后再试；如果一直出现，请把下面的请求号告诉管理员。', en: 'Something went wrong on the server. Try again later; if it persists, give the request id below to the administrator.' },
  NETWORK: { zh: '无法连接服务器，请检查网络后重试（填写的内容已保留）。', en: 'Cannot reach the server. Check the network and try again (what you entered is kept).' },
  OUTDATED_CLIENT: { zh: '页面版本已过期，请刷新页面。', en: 'This page is out of date. Please reload it.' },
  UNKNOWN: { zh: '操作未成功。', en: 'The action did not succeed.' },
};

function kindOf(code: unknown): ErrorKind {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
    case 'INVALID_TRANSITION':
    case 'INTERNAL':
      return code;
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return 'OUTDATED_CLIENT';
    default:
      return 'UNKNOWN';
  }
}

/** ent names fields in snake_case (fiscal_year); the API and forms use camelCase. */
function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function describeError(error: CombinedError, locale: Locale): UserFacingError {
  if (error.networkError && error.graphQLErrors.length === 0) {
    const kind: ErrorKind = 'NETWORK';
    return { kind, title: TITLES[kind][locale], details: [], fieldErrors: {} };
  }
  const kinds = error.graphQLErrors.map((e) => kindOf(e.extensions?.code));
  // The most actionable kind wins: input errors before the rest.
  const order: ErrorKind[] = ['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'OUTDATED_CLIENT', 'INTERNAL', 'UNKNOWN'];
  const kind = order.find((k) => kinds.includes(k)) ?? 'UNKNOWN';
  const details: string[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const e of error.graphQLErrors) {
    // extensions.messages holds both languages; older servers sent "中文 / English".
    const messages = e.extensions?.messages as Partial<Record<Locale, string>> | undefined;
    const text = messages?.[locale] ?? pickLanguage(e.message, locale);
    const field = e.extensions?.field;
    if (typeof field === 'string' && field !== '') fieldErrors[camelCase(field)] = text;
    if (!details.includes(text)) details.push(text);
  }
  return { kind, title: TITLES[kind][locale], details, fieldErrors };
}
