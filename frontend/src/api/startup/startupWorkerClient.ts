import { startupPlan } from './startupPlan';
import { dropStartupAnswers, startQuery, startupRequest, startupTable, type StartQuery } from './startupQueries';
import { workerName, type FromWorker } from './startupWorkerProtocol';

/** What the main thread needs of a Worker (a fake in tests). */
export interface StartupWorker {
  terminate(): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
}

/** A start-up query sent by the worker as the main thread saw it (the page's Resource Timing does not list a worker's requests). */
export interface WorkerRequest {
  name: string;
  startTime: number;
  responseEnd: number;
}

declare global {
  interface Window {
    __jixiaoStartupWorkerRequests?: WorkerRequest[];
  }
}

/**
 * The main thread's side of the start-up worker: puts a Promise<Response> in
 * the start-up table for every query the worker sends, resolved with a
 * Response made from its answer (status, status text, headers, body), or
 * rejected when it failed, so that startupFetch sends it itself. The queries
 * that need nothing are put in the table at once, before the worker has
 * started; the others when the worker tells they left, which it does before
 * it gives the answer they needed. If the worker fails, or ends without
 * answering one, the query is rejected (the client sends it).
 */
export function runInWorker(create: (name: string) => StartupWorker, pathname: string, search: string, language: string) {
  const table = startupTable();
  const pending = new Map<string, { resolve: (r: Response) => void; reject: (e: Error) => void }>();
  const known = new Set<string>();
  const expect = (key: string) => {
    if (known.has(key)) return;
    known.add(key);
    const answer = new Promise<Response>((resolve, reject) => pending.set(key, { resolve, reject }));
    answer.catch(() => undefined); // not taken is not an error
    table.set(key, answer);
  };
  const rejectAll = () => {
    for (const { reject } of pending.values()) reject(new TypeError('the start-up worker did not answer'));
    pending.clear();
  };
  // The plan's first queries (those not waiting for an answer).
  const first: StartQuery = (document, variables, lang) => {
    expect(startupRequest(document, variables, lang).key);
    return Promise.resolve(undefined);
  };
  startupPlan(pathname, search, language, first);

  const worker = create(workerName({ type: 'start', pathname, search, language }));
  worker.addEventListener('message', (e) => {
    const m = e.data;
    if (m.type === 'done') {
      rejectAll();
      worker.terminate();
      return;
    }
    expect(m.key);
    const waiting = pending.get(m.key);
    if (m.type === 'sent' || !waiting) return;
    pending.delete(m.key);
    if (m.type === 'failed') {
      waiting.reject(new TypeError('start-up query failed'));
      return;
    }
    const base = performance.timeOrigin;
    (window.__jixiaoStartupWorkerRequests ??= []).push({ name: new URL(m.url, window.location.href).href, startTime: m.start - base, responseEnd: m.end - base });
    waiting.resolve(new Response(m.body, { status: m.status, statusText: m.statusText, headers: m.headers }));
  });
  const fail = () => {
    rejectAll();
    worker.terminate();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
}

/** The start-up worker's file, named by the build (vite.config.ts writes it in place of this placeholder). */
const STARTUP_WORKER = '__JIXIAO_STARTUP_WORKER__';

/**
 * Sends the start-up queries: from the start-up worker where there is one
 * (built, and Worker available), else from the main thread as before.
 */
export function startStartupQueries(pathname: string, search: string, language: string, file: string = STARTUP_WORKER) {
  if (!file.startsWith('__') && typeof Worker !== 'undefined') {
    try {
      const url = `/${file}`;
      runInWorker((name) => new Worker(url, { type: 'module', name }), pathname, search, language);
      return;
    } catch {
      dropStartupAnswers(); // the worker could not be made: nothing was sent
    }
  }
  startupPlan(pathname, search, language, startQuery);
}
