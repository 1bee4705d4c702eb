// The full-stack bench's view, in a cross-origin frame: times sequential requests to the Workspace
// page along the path it is told, the raw one or the bridge, and reports over the control port.
// Each path has its window listener only while its run lasts.
import { ServiceClient } from '@wwe-kit/bridge';
import type { ViewCommand, ViewResult } from './fullstack-control.js';
import { trimmedMean } from './stats.js';

const hostOrigin = location.ancestorOrigins[0]!;

/** Sends one request and resolves with the answer's data; `close` removes the path's listener. */
interface OpenPath {
  send(): Promise<unknown>;
  close(): void;
}

/** The baseline: the request envelope posted by hand, its answer matched by referenceId. */
function openRaw(request: string): OpenPath {
  const waiting = new Map<string, (data: unknown) => void>();
  let next = 0;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || event.origin !== hostOrigin) return;
    const resolve = waiting.get(event.data?.referenceId);
    if (!resolve) return;
    waiting.delete(event.data.referenceId);
    resolve(event.data.data);
  };
  addEventListener('message', onMessage);
  return {
    send: () =>
      new Promise((resolve) => {
        const referenceId = String(next++);
        waiting.set(referenceId, resolve);
        parent.postMessage({ request, referenceId, userAgent: 'WWE Client', protocolVersion: 2 }, hostOrigin);
      }),
    close: () => removeEventListener('message', onMessage),
  };
}

/** The bridge: a fresh client per run, no timeout, disposed after. */
function openBridge(request: string): OpenPath {
  const client = new ServiceClient({ hostOrigin, timeout: 0 });
  return {
    send: () => client.request(request as 'agent.get'),
    close: () => client.dispose(),
  };
}

async function run(command: ViewCommand): Promise<ViewResult> {
  const path = command.path === 'raw' ? openRaw(command.request) : openBridge(command.request);
  const samples: number[] = [];
  let last: unknown;
  try {
    // A tenth more go first, untimed: the first round trips on a fresh path (a new host) ran slower.
    for (let index = 0; index < command.count / 10; index++) await path.send();
    for (let index = 0; index < command.count; index++) {
      const start = performance.now();
      last = await path.send();
      samples.push((performance.now() - start) * 1000);
    }
  } finally {
    path.close();
  }
  return { perRequestUs: trimmedMean(samples), answerChars: JSON.stringify(last).length };
}

addEventListener('message', function onControl(event) {
  const [port] = event.ports;
  if (event.source !== parent || event.data !== 'fullstack-control' || !port) return;
  removeEventListener('message', onControl);
  port.onmessage = async ({ data }: MessageEvent<ViewCommand>) => {
    try {
      port.postMessage(await run(data));
    } catch (error) {
      port.postMessage({ perRequestUs: NaN, answerChars: 0, error: String(error) } satisfies ViewResult);
    }
  };
});
parent.postMessage('fullstack-view-ready', hostOrigin);
