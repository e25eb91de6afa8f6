import type { FormInstance } from 'antd';
import type { UserFacingError } from '../api/describeError';

/**
 * Puts the server's field messages next to the fields they concern; the
 * values the user typed stay untouched. Returns the messages that matched no field.
 */
export function applyServerErrors(form: FormInstance, error: UserFacingError, fields: readonly string[]): string[] {
  const unmatched: string[] = [];
  const matched: { name: string; errors: string[] }[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    const name = fields.find((f) => f === field || f === `${field}ID` || f.toLowerCase() === field.toLowerCase());
    if (name) matched.push({ name, errors: [message] });
    else unmatched.push(message);
  }
  if (matched.length > 0) form.setFields(matched);
  return unmatched;
}
