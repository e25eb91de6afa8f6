// Starts the real Go server (go run ./server) on a free port with a throwaway
// SQLite file; the server loads the demo data into the empty database.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server was not ready within ${timeoutMs / 1000} s`);
}

/**
 * Starts the server; resolves to { url, stop, log } once /readyz answers 200.
 * With JIXIAO_E2E_URL set, uses that running server instead (nothing is started or stopped).
 * env adds environment variables of the server (e.g. JIXIAO_CORS_ORIGINS).
 */
export async function startServer({ timeoutMs = 300_000, env = {} } = {}) {
  if (process.env.JIXIAO_E2E_URL) {
    const url = process.env.JIXIAO_E2E_URL.replace(/\/$/, '');
    const res = await fetch(`${url}/readyz`);
    if (!res.ok) throw new Error(`${url}/readyz answered ${res.status}`);
    return { url, stop: async () => {}, log: [] };
  }
  if (!existsSync(join(repoRoot, 'frontend/dist/index.html'))) {
    throw new Error('frontend/dist is not built: run `npm run build` before `npm run e2e` (the server embeds it)');
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const log = [];
  const child = spawn('go', ['run', './server'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, JIXIAO_ADDR: `127.0.0.1:${port}`, DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}` },
    detached: true, // its own process group: stop() ends `go run` and the server it started
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
          r();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          r();
        });
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child, timeoutMs);
  } catch (err) {
    await stop();
    err.message += `\n--- server output ---\n${log.join('')}`;
    throw err;
  }
  return { url, stop, log };
}
