/** Seeded hostile messages straight into the host's handler; answers go to a counting window. Not a timing: a check that holds at volume. */
import fc from 'fast-check';
import { expectsAnswer, fuzzOptions, harmlessRequests, hostileMessage } from '../../test/helpers/hostile.js';
import { createTestHost } from '../../test/helpers/test-backend.js';
import type { FuzzFigures } from './host-figures.js';
import { frameOrigin } from './host-frames.js';
import { sink } from './host-per-request.js';

const CHUNK = 10_000;

export function fuzz(total: number, seed: number): FuzzFigures {
  const { host, backend, problems } = createTestHost(fuzzOptions(frameOrigin));
  const window = sink();
  host.registerFrame({ window, section: 'Fuzz', mode: 'tab' });
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  addEventListener('error', onError);
  const before = backend.snapshot();
  let expected = 0;
  const start = performance.now();
  for (let chunk = 0; chunk < Math.ceil(total / CHUNK); chunk++) {
    const numRuns = Math.min(CHUNK, total - chunk * CHUNK);
    for (const data of fc.sample(hostileMessage, { seed: seed + chunk, numRuns })) {
      if (expectsAnswer(data)) expected++;
      host.receive({ data, origin: frameOrigin, source: window as never });
    }
  }
  const seconds = (performance.now() - start) / 1000;
  host.dispose();
  removeEventListener('error', onError);
  return {
    messages: total,
    seed,
    seconds: +seconds.toFixed(2),
    exceptions: errors.length + problems.filter((problem) => problem.startsWith('Internal error')).length,
    requestShaped: expected,
    answered: window.count,
    stateChangingCalls: backend.calls.filter((call) => !harmlessRequests.includes(call.name)).length,
    backendUnchanged: backend.snapshot() === before,
    prototypePolluted: ({} as Record<string, unknown>)['polluted'] !== undefined,
  };
}
