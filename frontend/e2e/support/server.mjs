// Starts the real Go server on a free port with a throwaway SQLite file
// holding the demo data.
//
// Each e2e file starts its own server, so the two costs of a start are paid
// once per build instead of once per file: the server is built with `go
// build` (which relinks only when the sources changed, where `go run` links
// every time), and the demo data is loaded once per server binary into a
// template database that each start copies (the server loads the demo data
// into an empty database; a copy of what it loaded is the same data).
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

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

// One cache per checkout (worktrees side by side do not share it).
const cacheDir = join(tmpdir(), `jixiao-e2e-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}`);

/** Builds the server (a no-op when nothing changed) and returns the binary's path. */
async function buildServer() {
  mkdirSync(cacheDir, { recursive: true });
  const bin = join(cacheDir, 'jixiao-server');
  await promisify(execFile)('go', ['build', '-o', bin, './server'], { cwd: repoRoot, maxBuffer: 16 << 20 });
  return bin;
}

async function fileHash(path) {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk);
  return h.digest('hex').slice(0, 16);
}

/** The SQLite files of a database (the WAL ones only while a server has it open). */
const sqliteFiles = (db) => [db, `${db}-wal`, `${db}-shm`].filter((f) => existsSync(f));

/**
 * The demo database of this server binary: loaded once by a server started on
 * an empty file and stopped, then kept beside the binary.
 */
async function demoTemplate(bin, timeoutMs) {
  const template = join(cacheDir, `demo-${await fileHash(bin)}.db`);
  if (existsSync(template)) return template;
  const dir = mkdtempSync(join(cacheDir, 'seed-'));
  const db = join(dir, 'demo.db');
  const server = await launch(bin, db, {}, timeoutMs);
  await server.stop();
  for (const f of sqliteFiles(db)) renameSync(f, template + f.slice(db.length));
  rmSync(dir, { recursive: true, force: true });
  return template;
}

/** Runs the server binary on db; resolves once /readyz answers 200. */
async function launch(bin, db, env, timeoutMs) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = [];
  const child = spawn(bin, [], {
    cwd: repoRoot,
    env: { ...process.env, ...env, JIXIAO_ADDR: `127.0.0.1:${port}`, DATABASE_URL: `sqlite:${db}` },
    detached: true, // its own process group: stop() ends whatever it started
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      let timer;
      await Promise.race([
        exited,
        new Promise((r) => {
          timer = setTimeout(() => {
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              // already gone
            }
            r();
          }, 10_000);
        }),
      ]);
      clearTimeout(timer);
    }
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
  const bin = await buildServer();
  const template = await demoTemplate(bin, timeoutMs);
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const db = join(dir, 'e2e.db');
  for (const f of sqliteFiles(template)) copyFileSync(f, db + f.slice(template.length));
  let server;
  try {
    server = await launch(bin, db, env, timeoutMs);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: server.url, stop, log: server.log };
}
