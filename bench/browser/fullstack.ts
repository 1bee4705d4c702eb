// The full-stack bench's Workspace page (P1): a real ServiceHost with the real WorkspaceSimulator
// behind it serves a view in a cross-origin frame, against a raw echo in this page answering the same
// request envelope with the same answer envelope, captured from the host. Runs alternate raw / full
// stack (A B B A); only the path under test listens on this window (the host is created and disposed per run).
import { ServiceHost } from '@wwe-kit/host';
import type { WorkspaceSimulator } from '@wwe-kit/simulator';
import { fullStackCases, simulatorFor, type FullStackCase, type FullStackWorld } from './fullstack-cases.js';
import type { ViewCommand, ViewResult } from './fullstack-control.js';
import type { FullStackCaseRuns, FullStackOptions } from './fullstack-figures.js';
import { inTurn, ratios } from './stats.js';

const viewOrigin = `http://127.0.0.1:${location.port}`;

interface View {
  readonly iframe: HTMLIFrameElement;
  run(command: ViewCommand): Promise<ViewResult>;
}

/** Loads the view and hands it a control port; commands go one at a time. */
async function openView(): Promise<View> {
  const iframe = document.createElement('iframe');
  iframe.src = `${viewOrigin}/fullstack-view.html`;
  const ready = new Promise<void>((resolve) =>
    addEventListener('message', function onReady(event) {
      if (event.source !== iframe.contentWindow || event.data !== 'fullstack-view-ready') return;
      removeEventListener('message', onReady);
      resolve();
    }),
  );
  document.body.append(iframe);
  await ready;
  const channel = new MessageChannel();
  iframe.contentWindow!.postMessage('fullstack-control', viewOrigin, [channel.port2]);
  const run = (command: ViewCommand) =>
    new Promise<ViewResult>((resolve, reject) => {
      channel.port1.onmessage = ({ data }: MessageEvent<ViewResult>) =>
        data.error ? reject(new Error(`view (${command.path} ${command.request}): ${data.error}`)) : resolve(data);
      channel.port1.postMessage(command);
    });
  return { iframe, run };
}

/** The options of a case's host: the view may use agent.* and interaction.*, no rate limit, the case's allowlist. */
const hostOptions = (testCase: FullStackCase) => ({
  'service-client-api.accepted-web-content-origins': `${viewOrigin} (agent.*, interaction.*)`,
  'service-client-api.rate-limit': '0',
  'service-client-api.user-data.read-allowed': testCase.readAllowed.join(','),
});

/** One run with a fresh host serving the view; `onAnswer` sees every answer the host posts. */
async function throughHost(
  view: View,
  simulator: WorkspaceSimulator,
  testCase: FullStackCase,
  count: number,
  onAnswer?: (message: unknown) => void,
): Promise<ViewResult> {
  const problems: string[] = [];
  const host = new ServiceHost({
    options: hostOptions(testCase),
    backend: simulator,
    session: false,
    onProblem: (problem) => problems.push(problem),
    ...(onAnswer ? { onTraffic: (entry) => entry.kind === 'answer' && onAnswer(entry.message) } : {}),
  });
  try {
    host.registerFrame({ iframe: view.iframe, section: 'FullStackBench', mode: 'tab' });
    const result = await view.run({ path: 'bridge', request: testCase.request, count });
    if (problems.length) throw new Error(`host problems: ${problems.join('; ')}`);
    return result;
  } finally {
    host.dispose();
  }
}

/** One run against the raw echo: this page answers each request with `answer` under its referenceId. */
async function throughRawEcho(view: View, testCase: FullStackCase, answer: object, count: number) {
  const frame = view.iframe.contentWindow!;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame) return;
    frame.postMessage({ ...answer, referenceId: event.data.referenceId }, event.origin);
  };
  addEventListener('message', onMessage);
  try {
    return await view.run({ path: 'raw', request: testCase.request, count });
  } finally {
    removeEventListener('message', onMessage);
  }
}

async function measureCase(
  view: View,
  simulator: WorkspaceSimulator,
  testCase: FullStackCase,
  options: FullStackOptions,
): Promise<FullStackCaseRuns> {
  const count = Math.max(10, Math.round(testCase.requests * options.requestScale));
  // Warm the full stack once and keep the answer it posted: the raw echo answers with exactly that.
  let answer: object | undefined;
  await throughHost(view, simulator, testCase, Math.ceil(count / 4), (message) => (answer = message as object));
  if (!answer) throw new Error(`no answer captured for ${testCase.request}`);
  const captured = answer;
  await throughRawEcho(view, testCase, captured, Math.ceil(count / 4));

  const answerChars = new Set<number>();
  const runs = await inTurn(
    options.runs,
    async () => {
      const result = await throughRawEcho(view, testCase, captured, count);
      answerChars.add(result.answerChars);
      return result.perRequestUs;
    },
    async () => {
      const result = await throughHost(view, simulator, testCase, count);
      answerChars.add(result.answerChars);
      return result.perRequestUs;
    },
  );
  // Both paths must have carried the same payload, or the comparison means nothing.
  if (answerChars.size !== 1) throw new Error(`${testCase.label}: the paths' answers differ (${[...answerChars]})`);
  return {
    id: testCase.id,
    label: testCase.label,
    request: testCase.request,
    target: testCase.target,
    requests: count,
    answerBytes: JSON.stringify(captured).length,
    raw: runs.a,
    fullStack: runs.b,
    ratio: ratios(runs.b, runs.a),
  };
}

export async function run(options: FullStackOptions): Promise<FullStackCaseRuns[]> {
  const view = await openView();
  // One simulator per world, its state kept across the runs and hosts of the cases that read it.
  const simulators = new Map<FullStackWorld, WorkspaceSimulator>();
  const results: FullStackCaseRuns[] = [];
  for (const testCase of fullStackCases) {
    if (!simulators.has(testCase.world)) simulators.set(testCase.world, simulatorFor(testCase.world));
    results.push(await measureCase(view, simulators.get(testCase.world)!, testCase, options));
  }
  return results;
}

(window as unknown as { fullStackRun: typeof run }).fullStackRun = run;
