import type { CombinedError } from 'urql';
import { pickLanguage } from '../../api/describeError';
import type { Locale } from '../../i18n/locale';
import { DRAFT_FIELDS, type DraftErrors, type DraftField } from './validateIndicators';

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The server's complaints about single indicator rows, by row key. A row is
 * named by extensions.field "indicators.2.weight" (or "indicators[2].weight"),
 * or by extensions.index next to a plain field name; the index counts from 0
 * in the order sent. Complaints that name no row are left to the page's alert.
 */
export function serverRowErrors(error: CombinedError, rowKeys: readonly string[], locale: Locale): DraftErrors {
  const out: DraftErrors = {};
  for (const e of error.graphQLErrors) {
    const raw = e.extensions?.field;
    if (typeof raw !== 'string') continue;
    let index: number | undefined;
    let field = raw;
    const m = /^indicators(?:\.|\[)(\d+)\]?\.(.+)$/.exec(raw);
    if (m) {
      index = Number(m[1]);
      field = m[2];
    } else if (typeof e.extensions?.index === 'number') {
      index = e.extensions.index;
    }
    field = camel(field);
    if (index == null || index < 0 || index >= rowKeys.length || !(DRAFT_FIELDS as readonly string[]).includes(field)) continue;
    const key = rowKeys[index];
    out[key] = { ...out[key], [field as DraftField]: pickLanguage(e.message, locale) };
  }
  return out;
}

/** Merges two sets of row errors (the form's own first). */
export function mergeRowErrors(a: DraftErrors, b: DraftErrors): DraftErrors {
  const out: DraftErrors = { ...b };
  for (const [key, fields] of Object.entries(a)) out[key] = { ...b[key], ...fields };
  return out;
}
