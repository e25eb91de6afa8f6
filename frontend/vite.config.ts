import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

export default defineConfig({
  plugins: [react(), keepDistPlaceholder()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/initial-js-size.mjs reads the manifest to sum the initial JavaScript.
    manifest: true,
    chunkSizeWarningLimit: 1200,
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
    testTimeout: 60000,
  },
});
