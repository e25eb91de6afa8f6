// Types of rule-literals.mjs for the Vitest test that imports it.
export type Finding = { line: number; name: string; text: string };
export const srcDir: string;
export const patterns: { name: string; on: 'code' | 'text'; re: RegExp }[];
export function blankStrings(line: string): string;
export function findRuleLiterals(source: string): Finding[];
export function handWrittenSources(dir?: string): string[];
export function scanSources(): (Finding & { file: string })[];
