// The start-up worker: a module worker of its own file (built apart, like
// startup.ts; see vite.config.ts), started by the start-up script, that sends
// the page's first queries off the main thread (api/startup/startupWorkerProtocol).
// What to send comes in its name, so that it starts without waiting for a message.
import { serveStartup, startOfName, type FromWorker } from './api/startup/startupWorkerProtocol';

const scope = self as unknown as { name: string; postMessage(m: FromWorker): void; close(): void };
const start = startOfName(scope.name);
if (start)
  serveStartup(start, (m) => {
    scope.postMessage(m);
    if (m.type === 'done') scope.close();
  });
else scope.postMessage({ type: 'done' });
