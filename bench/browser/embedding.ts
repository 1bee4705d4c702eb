// Runs in headless Chromium: the same DOM-heavy task in the app's part of the page (<main>, and <body>
// for its overlays), with and without a `ServiceHost` serving a few cross-origin views in the sidebar,
// interleaved task by task. Each task with a host gets a new one that registers the (already loaded)
// views, disposed of after; the views stay in the page for both paths, so the host is the only
// difference. A task is timed until the next task begins, so the MutationObserver callbacks it caused
// (microtasks) are in it.
import { backendFromHandlers, ServiceHost } from '@wwe-kit/host';
import { domTask, taskShape } from './embedding-task.js';
import type { EmbeddingOptions, EmbeddingRuns } from './host-figures.js';
import { frameOrigin, openFrames, type OpenFrame } from './host-frames.js';
import { interleavedRuns } from './host-interleave.js';

const channel = new MessageChannel();
/** Resolves in the next task: after every microtask the current one queued (MutationObserver deliveries among them). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

async function timedTask(area: HTMLElement): Promise<number> {
  // Whatever the setup queued (a new host's registrations) runs before the timer starts, on both paths.
  await nextTask();
  const start = performance.now();
  domTask(area);
  await nextTask();
  return performance.now() - start;
}

function withHost(views: readonly OpenFrame[]): ServiceHost {
  const host = new ServiceHost({
    options: { 'service-client-api.accepted-web-content-origins': `${frameOrigin} (agent.*)` },
    backend: backendFromHandlers({}),
    session: false,
  });
  views.forEach((view, index) => host.registerFrame({ iframe: view.iframe, section: `Sidebar${index}`, mode: 'tab' }));
  return host;
}

export async function run(options: EmbeddingOptions): Promise<EmbeddingRuns> {
  const sidebar = document.querySelector<HTMLElement>('#sidebar')!;
  const area = document.querySelector<HTMLElement>('#app')!;
  const views = await openFrames(
    Array.from({ length: options.views }, () => ({ path: '/embedding-view.html', container: sidebar })),
  );
  // A host for each sample: created and its views registered before the timer starts, disposed after it stops.
  const hosted = async () => {
    const host = withHost(views);
    try {
      return await timedTask(area);
    } finally {
      host.dispose();
    }
  };
  const bare = () => timedTask(area);
  await interleavedRuns(1, options.repetitions, hosted, bare); // warm-up
  const taskMs = await interleavedRuns(options.runs, options.repetitions, hosted, bare);
  // The same measure with no host on either side: how far apart two identical paths land on this machine now.
  const controlMs = await interleavedRuns(options.runs, options.repetitions, bare, bare);
  for (const view of views) view.iframe.remove();
  return { taskMs, controlMs, taskShape };
}

(window as unknown as { embeddingRun: typeof run }).embeddingRun = run;
