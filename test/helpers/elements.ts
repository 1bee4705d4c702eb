/** Test helpers: an elements page in a cross-origin iframe, served by the real host and simulator. */
import type { TrafficEntry } from '@wwe-kit/host';
import { ServiceHost } from '@wwe-kit/host';
import { ManualClock, WorkspaceSimulator } from '@wwe-kit/simulator';
import { controller, waitForReady } from './controls.js';
import { crossOrigin } from './responder.js';
import { recordTraffic } from './traffic.js';
import { openOptions } from './workspace.js';

export interface ElementsPage {
  readonly host: ServiceHost;
  readonly simulator: WorkspaceSimulator;
  readonly clock: ManualClock;
  readonly traffic: TrafficEntry[];
  /** Resolves with the `count`th traffic entry that matches, at once if it has already passed: await what the host did, never poll. */
  when(matches: (entry: TrafficEntry) => boolean, count?: number): Promise<TrafficEntry>;
  control<T = unknown>(name: string, fields?: Record<string, unknown>): Promise<T>;
  /** Sets the page's markup. */
  render(markup: string): Promise<void>;
  /** The text at a path of selectors, ' >> ' entering shadow roots. */
  text(path: string): Promise<string | null>;
  /** Requests and subscribes the page sent, by name, in order. */
  sent(): string[];
  dispose(): void;
}

export async function openElementsPage(options: Record<string, string> = openOptions): Promise<ElementsPage> {
  const { traffic, onTraffic, when } = recordTraffic();
  const section = { 'interaction-workspace': options };
  const clock = new ManualClock();
  const simulator = new WorkspaceSimulator({ options: section, clock });
  const host = new ServiceHost({
    options: section,
    backend: simulator,
    session: false,
    onProblem: () => undefined,
    onTraffic,
  });
  const iframe = document.createElement('iframe');
  iframe.src = `${crossOrigin()}/test/fixtures/elements-page.html`;
  host.registerFrame({ iframe, section: 'Elements', mode: 'tab' });
  const ready = waitForReady(() => iframe.contentWindow);
  document.body.append(iframe);
  await ready;
  const control = controller(iframe.contentWindow!);
  return {
    host,
    simulator,
    clock,
    traffic,
    when,
    control,
    render: async (markup) => {
      await control('render', { markup });
    },
    text: (path) => control('text', { path }),
    sent: () =>
      traffic
        .filter((entry) => entry.direction === 'in')
        .map((entry) => {
          const message = entry.message as Record<string, unknown>;
          return String(message['request'] ?? message['event']);
        }),
    dispose: () => {
      iframe.remove();
      host.dispose();
    },
  };
}
