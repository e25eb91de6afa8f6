// Types of enum-labels.mjs, for the test that checks the generated file.
export type SchemaSource = { name: string; body: string };
export const outputPath: string;
export function readGenerated(): string;
export function readSchemaSources(dir?: string): SchemaSource[];
export function splitLabel(description: string | undefined, where: string): { zh: string; en: string };
export function collectEnums(sources: SchemaSource[]): Map<string, [string, { zh: string; en: string }][]>;
export function renderEnumLabels(sources: SchemaSource[]): string;
export const parentCategoryPrefix: string;
export function collectSubcategories(sources: SchemaSource[]): Map<string, string[]>;
