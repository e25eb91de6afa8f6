import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
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

export default defineConfig({
  plugins: [react(), keepDistPlaceholder(), precompress()],
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
    testTimeout: 180000, // a guard against hangs, not a speed check: jsdom + antd pages take a minute on a busy 2-core machine
  },
});
