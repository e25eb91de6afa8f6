// Finds copies of the workflow's action rules in the target, evaluation and
// rectification pages. Which actions a viewer may take on a row is decided
// once, by the server (internal/workflow/actions.go, the function the
// mutations use), and read from viewerActions; these pages keep no status or
// role list. src/ruleLiterals.test.ts fails on any finding: `node
// scripts/action-copies.mjs` lists them.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handWrittenSources, srcDir } from './rule-literals.mjs';

const workflowStatus = "'(?:DRAFT|SUBMITTED|RETURNED|APPROVED|ADJUSTING|SUPERSEDED|PLANNED|IN_PROGRESS|REVIEWED|PUBLISHED|OPEN|DONE)'";

/** The forbidden shapes, matched on a line without its comment. */
export const patterns = [
  { name: 'a status compared with a workflow status', re: new RegExp(String.raw`\bstatus\s*[!=]==?\s*` + workflowStatus + '|' + workflowStatus + String.raw`\s*[!=]==?\s*[\w.?]*status\b`) },
  { name: 'a role check beside a status', re: /(?:isFinance|canEdit|isDepartmentSide)\([^)]*\)[^;]*\bstatus\b|\brole\b[^;]*\bstatus\b/ },
  { name: 'a list of roles that may act', re: /\b[A-Z_]*ROLES\s*=/ },
];

/** The findings in one file's text: { line, name, text }. */
export function actionCopiesIn(source) {
  return source.split('\n').flatMap((text, i) => {
    const code = text.replace(/\/\/.*$/, '');
    return patterns.filter((p) => p.re.test(code)).map((p) => ({ line: i + 1, name: p.name, text: text.trim() }));
  });
}

/** The pages whose buttons come from viewerActions. */
export function actionPages() {
  return ['targets', 'evaluations', 'rectifications'].flatMap((dir) => handWrittenSources(join(srcDir, 'pages', dir)));
}

/** Every finding in those pages: { file, line, name, text }. */
export function scanActionPages() {
  return actionPages().flatMap((file) => actionCopiesIn(readFileSync(file, 'utf8')).map((f) => ({ file: relative(srcDir, file), ...f })));
}

if (import.meta.url.startsWith('file:') && process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = scanActionPages();
  for (const f of found) console.log(`${f.file}:${f.line}: ${f.name}: ${f.text}`);
  process.exitCode = found.length ? 1 : 0;
}
