// The start-up worker: a module worker of its own file (built apart, like
// startup.ts; see vite.config.ts), started by the start-up script, that sends
// the page's first queries off the main thread (api/startup/startupWorkerProtocol).
import { serveStartup, type FromWorker, type ToWorker } from './api/startup/startupWorkerProtocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void; close(): void };
scope.onmessage = (e) => {
  scope.onmessage = null;
  serveStartup(e.data, (m) => {
    scope.postMessage(m);
    if (m.type === 'done') scope.close();
  });
};
