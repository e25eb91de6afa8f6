// Chinese and English labels for every enum of the GraphQL schema (the sort
// fields excepted), generated from the schema's value descriptions into
// enumLabels.generated.ts by `npm run codegen` (scripts/enum-labels.mjs): the
// server names each value once. enumLabels.test.ts fails when the generated
// file is stale or a value has no label.
import type { Locale } from '../i18n/locale';
import { enumLabels, subcategoriesOf, type Label } from './enumLabels.generated';

export { enumLabels, subcategoriesOf, type Label };

export type EnumName = keyof typeof enumLabels;

/** The label of one enum value in the given language; the raw value when unknown. */
export function enumLabel<E extends EnumName>(
  enumName: E,
  value: keyof (typeof enumLabels)[E] | string | null | undefined,
  locale: Locale,
): string {
  if (value == null) return '—';
  const table = enumLabels[enumName] as Record<string, Label>;
  return table[value as string]?.[locale] ?? String(value);
}

/** Options for a Select over an enum, in schema order. */
export function enumOptions<E extends EnumName>(enumName: E, locale: Locale): { value: keyof (typeof enumLabels)[E] & string; label: string }[] {
  const table = enumLabels[enumName] as Record<string, Label>;
  return Object.entries(table).map(([value, label]) => ({ value: value as keyof (typeof enumLabels)[E] & string, label: label[locale] }));
}

