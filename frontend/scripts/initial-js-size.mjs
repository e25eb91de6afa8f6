// Sums the gzipped size of the JavaScript a first visit loads: the start-up
// script (src/startup.ts, one file built apart, named in index.html), the
// app's entry chunk and, recursively, its static imports (dynamic imports =
// lazy pages and charts are left out). Reads Vite's manifest; run after
// `npm run build`.
// Usage: node scripts/initial-js-size.mjs [--max-kb 600]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const maxArg = process.argv.indexOf('--max-kb');
const maxKb = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 600;

// The SPA's entry (graphiql.html is a second page, loaded only at /graphiql).
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry && chunk.src === 'index.html');
if (!entry) throw new Error('no entry chunk in the manifest');
const startup = /src="\/(assets\/startup-[\w-]+\.js)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
if (!startup) throw new Error('index.html names no start-up script');

const seen = new Set();
const files = [startup];
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  files.push(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
}
visit(entry[0]);

let total = 0;
const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  return { file, raw: bytes.length, gz };
});
for (const r of rows.sort((a, b) => b.gz - a.gz)) console.log(`${(r.gz / 1024).toFixed(1).padStart(8)} KB gz  ${(r.raw / 1024).toFixed(1).padStart(8)} KB raw  ${r.file}`);
const kb = total / 1024;
console.log(`initial JavaScript: ${kb.toFixed(1)} KB gzipped in ${rows.length} files (limit ${maxKb} KB)`);
if (kb > maxKb) {
  console.error(`over the limit of ${maxKb} KB`);
  process.exit(1);
}
