import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';

// The Go server embeds dist/ (frontend/embed.go) and serves it at `/`, with the
// GraphQL API at /graphql on the same origin. `npm run dev` proxies the API to a
// server started with `go run ./server` on :8080.

/** Go's //go:embed needs dist/ to exist in a fresh clone: the build keeps dist/.keep. */
function keepDistPlaceholder(): Plugin {
  let outDir = 'dist';
  return {
    name: 'jixiao-keep-dist-placeholder',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      writeFileSync(resolve(outDir, '.keep'), '');
    },
  };
}

/**
 * Writes name.br and name.gz beside every text file of the build, so that the
 * Go server sends them as they are (Content-Encoding) without compressing on
 * each request (internal/platform/httpapi/spa.go).
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'jixiao-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!compressible.test(file) || file.includes('/.vite/')) continue;
        const bytes = readFileSync(file);
        if (bytes.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
      }
    },
  };
}

const __dirname = dirname(fileURLToPath(import.meta.url));

/**
 * Puts the start-up script (src/startup.ts) first in index.html: one small
 * file of its own, bundled apart with everything it needs and no imports,
 * async, so that it runs as soon as it has arrived, while the app's far
 * larger code is still loading, and sends the page's first queries. (As a
 * second entry of the app's build it would share chunks with the app and wait
 * for them; Vite would merge a second <script> of the page into the app's
 * entry, which runs only after all of the app has loaded.)
 */
const COCKPIT_CHUNKS = '__JIXIAO_COCKPIT_CHUNKS__';

function startupScriptFirst(): Plugin {
  let fileName = '';
  let code = '';
  return {
    name: 'jixiao-startup-script-first',
    apply: 'build',
    async buildStart() {
      const built = await build({
        configFile: false,
        root: __dirname,
        logLevel: 'warn',
        publicDir: false,
        plugins: [splitGraphqlDocuments()],
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: { write: false, minify: true, lib: { entry: resolve(__dirname, 'src/startup.ts'), formats: ['es'] }, rolldownOptions: { output: { minify: true } } },
      });
      const outputs = (Array.isArray(built) ? built : [built]) as { output: { type: string; code?: string }[] }[];
      const chunks = outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
      if (chunks.length !== 1 || !chunks[0].code) throw new Error(`the start-up script must build to one file, got ${chunks.length}`);
      code = chunks[0].code;
      if (!code.includes(COCKPIT_CHUNKS)) throw new Error(`the start-up script lost its ${COCKPIT_CHUNKS} placeholder`);
    },
    // 'pre': before Vite's HTML plugin writes index.html, which names this file.
    generateBundle: { order: 'pre', handler(_options, bundle) {
      // The cockpit's page chunk and what it imports beyond the entry's own
      // chunks, for the start-up script to preload on /cockpit (preloadPageCode.ts).
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('/index.html'));
      const page = chunks.find((c) => c.facadeModuleId?.endsWith('/src/pages/cockpit/CockpitPage.tsx'));
      if (!entry || !page) throw new Error('the build has no app entry or no cockpit page chunk');
      const staticImports = (file: string, seen: Set<string>): Set<string> => {
        if (seen.has(file)) return seen;
        seen.add(file);
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') for (const imported of chunk.imports) staticImports(imported, seen);
        return seen;
      };
      const initial = staticImports(entry.fileName, new Set());
      const cockpit = [...staticImports(page.fileName, new Set())].filter((f) => !initial.has(f));
      const source = code.replace(COCKPIT_CHUNKS, cockpit.join(','));
      fileName = `assets/startup-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
    } },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return html;
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `/${fileName}` }, injectTo: 'head-prepend' as const }];
      },
    },
  };
}

/**
 * Splits the GraphQL documents by the page that uses them. The client
 * preset's `graphql(`…`)` looks every document up in one table (gql.ts), so
 * the first load carried every document of every page (416 KB raw, 75 KB gz,
 * parsed before anything shows). This replaces each call with the one
 * document it names, as a small module of its own (a module is never split
 * between chunks, so importing from gql/graphql.ts would keep them together),
 * so each document lands in the chunk that uses it. Types are unchanged: the
 * typecheck sees the source as written. A document missing from graphql.ts
 * (codegen not run) fails the build.
 */
function splitGraphqlDocuments(): Plugin {
  const generated = resolve(__dirname, 'src/gql/graphql.ts');
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const prefix = 'virtual:jixiao-gql/';
  let documents: Map<string, string> | undefined;
  const documentText = (name: string): string => {
    if (!documents) {
      documents = new Map();
      for (const line of readFileSync(generated, 'utf8').split('\n')) {
        const m = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
        if (m) documents.set(m[1], m[2]);
      }
    }
    const text = documents.get(name);
    if (!text) throw new Error(`${name} is not in src/gql/graphql.ts: run npm run codegen`);
    return text;
  };
  return {
    name: 'jixiao-split-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      // JSON.parse of a string is quicker for the engine than the same object as a literal.
      return `export default JSON.parse(${JSON.stringify(documentText(id.slice(prefix.length + 1)))});`;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const out = code.replace(call, (whole, text: string) => {
        const def = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(text);
        if (!def) return whole;
        const name = `${def[2]}${def[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        names.add(name);
        return `__gql_${name}`;
      });
      if (names.size === 0) return null;
      const imports = [...names].map((n) => `import __gql_${n} from ${JSON.stringify(prefix + n)};`).join('\n');
      return { code: `${imports}\n${out}`, map: null };
    },
  };
}

export default defineConfig({
  plugins: [splitGraphqlDocuments(), react(), startupScriptFirst(), keepDistPlaceholder(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/initial-js-size.mjs reads the manifest to sum the initial JavaScript.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    // Two pages: the SPA, and GraphiQL served by the binary at /graphiql (no
    // CDN, so it works on an intranet; httpapi/graphiql.go).
    rolldownOptions: {
      input: { main: resolve(__dirname, 'index.html'), graphiql: resolve(__dirname, 'graphiql.html') },
    },
  },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:8080',
      '/graphiql': 'http://127.0.0.1:8080',
      '/readyz': 'http://127.0.0.1:8080',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 600_000, // a guard against hangs, not a speed check: jsdom + antd pages took 4 min on a busy 2-core machine (load 40)
  },
});
