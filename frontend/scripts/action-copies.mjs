// Finds copies of the workflow's action rules in the SPA's pages and layout.
// Which actions a viewer may take on a row, and what it may create, are
// decided once, by the server (internal/workflow/actions.go, the functions
// the mutations use), and read from viewerActions and viewerCreateActions;
// the pages keep no status or role list and compare no role to decide.
// src/ruleLiterals.test.ts fails on any finding: `node
// scripts/action-copies.mjs` lists them.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handWrittenSources, srcDir } from './rule-literals.mjs';

const role = "'(?:FINANCE_ADMIN|FINANCE_REVIEWER|DEPARTMENT_USER|EVALUATOR|LEADER|PUBLIC)'";
const workflowStatus = "'(?:DRAFT|SUBMITTED|RETURNED|APPROVED|ADJUSTING|SUPERSEDED|PLANNED|IN_PROGRESS|REVIEWED|PUBLISHED|OPEN|DONE)'";

/** The forbidden shapes, matched on a line without its comment. */
export const patterns = [
  { name: 'a status compared with a workflow status', re: new RegExp(String.raw`\bstatus\s*[!=]==?\s*` + workflowStatus + '|' + workflowStatus + String.raw`\s*[!=]==?\s*[\w.?]*status\b`) },
  { name: 'a role check beside a status', re: /(?:isFinance|canEdit|isDepartmentSide)\([^)]*\)[^;]*\bstatus\b|\brole\b(?!=")[^;]*\bstatus\b/ },
  { name: 'a list of roles that may act', re: /\b[A-Z_]*ROLES\s*=/ },
  { name: 'a role compared with a role', re: new RegExp(String.raw`\brole\s*[!=]==?\s*` + role + '|' + role + String.raw`\s*[!=]==?\s*[\w.?]*role\b`) },
  { name: 'a list of roles checked against the viewer', re: new RegExp(String.raw`\[[^\]]*` + role + String.raw`[^\]]*\]\.(?:includes|indexOf)\(`) },
  { name: 'a role helper deciding what may be done', re: /\b(?:canEdit|isDepartmentSide|isFinance|mayCreate[A-Z]\w*)\(/ },
];

/**
 * Role comparisons that decide no action, with the reason. Anything else in
 * the pages that compares a role is a finding.
 */
export const displayOnly = [
  { file: 'pages/users/CreateUserButton.tsx', text: "role === 'DEPARTMENT_USER'", why: 'the role chosen for the new account shows its department field' },
  { file: 'pages/users/CreateUserButton.tsx', text: 'const ROLES =', why: 'the roles a new account can be given (the form\'s options)' },
  { file: 'pages/targets/ReviewQueuePage.tsx', text: 'isFinance(viewer) ?', why: "the page's title: 目标审核 for finance, 目标申报 for the others" },
  { file: 'pages/cockpit/useScopeName.ts', text: 'role ===', why: 'names the scope the figures cover' },
  { file: 'export/useExportScope.ts', text: 'role ===', why: "names the scope in an export's title row" },
];

/** The findings in one file's text: { line, name, text }. */
export function actionCopiesIn(source) {
  return source.split('\n').flatMap((text, i) => {
    const code = text.replace(/\/\/.*$/, '');
    return patterns.filter((p) => p.re.test(code)).map((p) => ({ line: i + 1, name: p.name, text: text.trim() }));
  });
}

/** Every page and the layout: their buttons, menu entries and editors come from the server. */
export function actionPages() {
  return ['pages', 'layout', 'export'].flatMap((dir) => handWrittenSources(join(srcDir, dir)));
}

const allowed = (file, f) => displayOnly.some((d) => d.file === file && f.text.includes(d.text));

/** Every finding in those sources but the display-only ones: { file, line, name, text }. */
export function scanActionPages() {
  return actionPages().flatMap((file) => {
    const rel = relative(srcDir, file);
    return actionCopiesIn(readFileSync(file, 'utf8'))
      .filter((f) => !allowed(rel, f))
      .map((f) => ({ file: rel, ...f }));
  });
}

if (import.meta.url.startsWith('file:') && process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = scanActionPages();
  for (const f of found) console.log(`${f.file}:${f.line}: ${f.name}: ${f.text}`);
  process.exitCode = found.length ? 1 : 0;
}
