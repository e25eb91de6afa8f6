// Finds copies of the monitoring and grading rules' numbers in the SPA's own
// sources. The rules live once, in internal/domain/rules (and the regional
// rule sets); the SPA reads them from ruleSetFor or the server's computed
// fields. src/ruleLiterals.test.ts fails on any finding: `node
// scripts/rule-literals.mjs` lists them.
//
// A threshold copied into the SPA shows as one of the shapes below: a bare
// 0.6 / 0.8 / 1.2 in code, a 60 % / 80 % / 120 % or a 60 / 80 / 90 分 in text,
// a comparison with 60 / 80 / 90, a chart reference line at one of them, a
// rule-named constant set to one, or one as the fallback of a missing value. Column widths, radii and other layout
// numbers are none of these, so the check needs no list of exceptions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = import.meta.url.startsWith('file:') ? resolve(dirname(fileURLToPath(import.meta.url)), '..') : process.cwd();
export const srcDir = join(frontendDir, 'src');

const rate = String.raw`(?:0?\.6|0?\.8|1\.2)0*`; // warning thresholds as fractions
const score = String.raw`(?:60|80|90)(?:\.0+)?`; // grade bands as scores
const edge = String.raw`(?![\w.])`;
const start = String.raw`(?<![\w.])`;

/** The forbidden shapes; code is the line with string and template literals blanked, text the line as written. */
export const patterns = [
  { name: 'a warning threshold as a number', on: 'code', re: new RegExp(start + rate + edge) },
  { name: 'a warning threshold as a percentage', on: 'text', re: new RegExp(start + String.raw`(?:60|80|120)(?:\.0+)?\s*[%％]`) },
  { name: 'a grade band in points', on: 'text', re: new RegExp(start + score + String.raw`\s*分`) },
  { name: 'a comparison with a grade band', on: 'code', re: new RegExp(String.raw`(?:[<>]=?\s*` + score + edge + '|' + start + score + String.raw`\s*[<>]=?\s*[\w(])`) },
  { name: 'a chart reference line at a rule number', on: 'code', re: new RegExp(String.raw`\b[xy]Axis\s*:\s*(?:` + rate + '|' + score + '|120)' + edge) },
  {
    name: 'a rule-named constant',
    on: 'text',
    re: new RegExp(String.raw`\w*(?:excellent|good|fair|poor|red|yellow|blue|threshold|band|warn|grade)\w*\s*[:=]\s*['"]?(?:` + rate + '|' + score + ')' + edge, 'i'),
  },
  // The grades CheckApproval lets through (rules.ApprovingGrades), as a list of their own: the SPA reads ruleSetFor.approvingGrades.
  { name: 'a list of the approving grades', on: 'text', re: /\[\s*(['"])EXCELLENT\1\s*,\s*(['"])GOOD\2\s*\]/ },
  // The key-project threshold (rules.KeyProjectThresholdFen, 50 万元): the SPA reads ruleSetFor.keyProjectThreshold or coverage.selfEvaluationThreshold.
  { name: 'the key-project threshold', on: 'text', re: /(?<![\d.,])(?:50\s*万|500,000|500\s*k\b|500000(?!\d))/i },
  { name: 'a rule number as a fallback', on: 'text', re: new RegExp(String.raw`\?\?\s*['"]?(?:` + rate + '|' + score + ')' + edge) },
];

/** The line with the contents of string and template literals blanked (comments stay: they are checked as text only). */
export function blankStrings(line) {
  return line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (s) => s[0] + ' '.repeat(s.length - 2) + s[0]);
}

/** The findings in one file's text: { line, name, text }. */
export function findRuleLiterals(source) {
  const out = [];
  source.split('\n').forEach((text, i) => {
    const code = blankStrings(text.replace(/\/\/.*$/, ''));
    for (const p of patterns) if (p.re.test(p.on === 'code' ? code : text)) out.push({ line: i + 1, name: p.name, text: text.trim() });
  });
  return out;
}

/** The SPA's hand-written sources: generated code (src/gql, *.generated.ts), tests and test fixtures are left out. */
export function handWrittenSources(dir = srcDir) {
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = relative(srcDir, path);
    if (statSync(path).isDirectory()) {
      if (rel !== 'gql' && rel !== 'test') files.push(...handWrittenSources(path));
    } else if (/\.(ts|tsx|mjs|js)$/.test(name) && !/\.generated\.|\.test\.|\.d\.ts$/.test(name)) files.push(path);
  }
  return files;
}

/** Every finding under src/: { file, line, name, text }. */
export function scanSources() {
  return handWrittenSources().flatMap((file) => findRuleLiterals(readFileSync(file, 'utf8')).map((f) => ({ file: relative(frontendDir, file), ...f })));
}

if (import.meta.url.startsWith('file:') && process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = scanSources();
  for (const f of found) console.log(`${f.file}:${f.line}: ${f.name}: ${f.text}`);
  process.exitCode = found.length ? 1 : 0;
}
