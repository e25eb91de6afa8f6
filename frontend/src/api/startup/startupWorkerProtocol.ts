import { startupPlan } from './startupPlan';
import { startupRequest, type StartQuery } from './startupQueries';

/**
 * The start-up worker (startupWorker.ts) runs the start-up query chain off
 * the main thread, so that a query that needs another's answer (the
 * cockpit's Overview needs the year) leaves as soon as that answer is there,
 * not when the main thread is done evaluating the app's code. The main thread
 * keeps the same table of Promise<Response> keyed by queryKey, filled from
 * the worker's messages (startupWorkerClient.ts), so startupFetch does not
 * change.
 */
export type ToWorker = { type: 'start'; pathname: string; search: string; language: string };

/**
 * The start message travels as the worker's name (new Worker(url, { name })),
 * read by the worker as soon as it runs: a message posted to a worker is
 * handed over by the main thread, which at start-up is busy with the app's code.
 */
const NAME = 'jixiao-startup ';
export function workerName(message: ToWorker): string {
  return NAME + JSON.stringify(message);
}
export function startOfName(name: string): ToWorker | undefined {
  return name.startsWith(NAME) ? (JSON.parse(name.slice(NAME.length)) as ToWorker) : undefined;
}

export type FromWorker =
  /** A query has been sent (told before the answer it depends on, so the main thread knows it first). */
  | { type: 'sent'; key: string }
  /** Its answer, as it came: status, headers, body; with when it was asked and answered (epoch ms). */
  | { type: 'answer'; key: string; status: number; statusText: string; headers: [string, string][]; body: string; url: string; start: number; end: number }
  /** Its request failed (network): the client sends it itself. */
  | { type: 'failed'; key: string }
  /** Every query the worker sent has been answered or has failed; nothing more will come. */
  | { type: 'done' };

const now = () => performance.timeOrigin + performance.now();

/**
 * The worker's side: runs the start-up plan, telling each query when it is
 * sent and each answer. An answer is posted in a task after the one that read
 * it, so that the queries waiting for it (sent in that task's microtasks) are
 * told first: the main thread never sees an answer before the 'sent' of what
 * depends on it, and so never lets the app send such a query itself.
 */
export function serveStartup(message: ToWorker, post: (message: FromWorker) => void, later: (f: () => void) => void = (f) => setTimeout(f, 0)) {
  let outstanding = 0;
  const settle = (m: FromWorker) =>
    later(() => {
      post(m);
      if (--outstanding === 0) post({ type: 'done' });
    });
  const startQuery: StartQuery = (document, variables, language) => {
    const { key, url, init } = startupRequest(document, variables, language);
    outstanding++;
    post({ type: 'sent', key });
    const start = now();
    return fetch(url, init)
      .then(async (r) => ({ r, body: await r.text() }))
      .then(
        ({ r, body }) => {
          const headers: [string, string][] = [];
          r.headers.forEach((value, name) => headers.push([name, value]));
          settle({ type: 'answer', key, status: r.status, statusText: r.statusText, headers, body, url, start, end: now() });
          if (!r.ok) return undefined;
          const json = JSON.parse(body) as { data?: never; errors?: unknown };
          return json.errors ? undefined : json.data;
        },
        () => {
          settle({ type: 'failed', key });
          return undefined;
        },
      )
      .catch(() => undefined);
  };
  startupPlan(message.pathname, message.search, message.language, startQuery);
  if (outstanding === 0) post({ type: 'done' });
}
