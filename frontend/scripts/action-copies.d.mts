// Types of action-copies.mjs for the Vitest test that imports it.
import type { Finding } from './rule-literals.mjs';
export const patterns: { name: string; re: RegExp }[];
export function actionCopiesIn(source: string): Finding[];
export function actionPages(): string[];
export function scanActionPages(): (Finding & { file: string })[];
