/**
 * Test harness for the outbound elements: the elements page of test/helpers/elements.ts in a cross-origin
 * iframe, served by the real host and simulator, plus what lets a test await instead of polling: the host's
 * own traffic (a request answered, an event sent) and the elements' `updateComplete`.
 *
 * Why awaiting these is enough: the host posts its answers and events to the frame, and the test its
 * control messages, from the same window, so the frame handles them in that order; the bridge and the
 * store apply an answer or event synchronously and Lit renders in microtasks. A control message sent
 * after the host posted something is therefore answered after the page reacted to it; and anything the
 * page sent before its reply has reached the host, whose traffic then tells what was asked.
 */
import type { Interaction } from '@wwe-kit/protocol';
import type { TrafficEntry } from '@wwe-kit/host';
import type { WorkspaceSimulator } from '@wwe-kit/simulator';
import { openElementsPage } from '../../../test/helpers/elements.js';
import { openOptions } from '../../../test/helpers/workspace.js';

type Message = {
  request?: string;
  parameters?: unknown[];
  referenceId?: unknown;
  event?: string;
  data?: { interaction?: Interaction };
};
const messageOf = (entry: TrafficEntry) => entry.message as Message;

export interface RecordPage {
  readonly simulator: WorkspaceSimulator;
  /** Sets the page's markup. */
  render(markup: string): Promise<void>;
  /** Sends the page a control message of test/fixtures/elements-page.ts and answers its result. */
  control<T = unknown>(name: string, fields?: Record<string, unknown>): Promise<T>;
  /** The parameters of each `request` the page sent, in order. */
  parameters(request: string): unknown[][];
  /** Resolves once the host has answered (or refused) the `count`th `request` whose first parameter is `id` (any, when left out). */
  answered(request: string, id?: string, count?: number): Promise<void>;
  /** Resolves once the host has sent the page an interaction event about `interactionId`. */
  delivered(interactionId: string): Promise<void>;
  /** Awaits the `updateComplete` of the element at each path (' >> ' enters shadow roots). */
  settled(...paths: string[]): Promise<void>;
  /** The requests the page sent about an interaction (its id as first parameter), as `name(id)`. */
  requestsAbout(interactionId: string): string[];
  /** The id of the interaction an element shows: `current` of a preview, `record` of a fields element; null for none. */
  shown(path: string): Promise<string | null>;
  /** Whether the button of that text in the element's shadow root is disabled; null when there is none. */
  disabled(path: string, text: string): Promise<boolean | null>;
  click(path: string, text: string): Promise<boolean>;
  text(path: string): Promise<string | null>;
  value(path: string): Promise<string | null>;
  axe(path: string): Promise<string[]>;
  dispose(): void;
}

export async function openRecordPage(options: Record<string, string> = openOptions): Promise<RecordPage> {
  const page = await openElementsPage(options);
  const { traffic, when, control } = page;
  return {
    simulator: page.simulator,
    render: async (markup) => {
      await control('render', { markup });
    },
    control,
    parameters: (request) =>
      traffic
        .filter((entry) => entry.direction === 'in' && entry.kind === 'request' && messageOf(entry).request === request)
        .map((entry) => messageOf(entry).parameters ?? []),
    async answered(request, id, count = 1) {
      const sent = await when(
        (entry) =>
          entry.direction === 'in' &&
          entry.kind === 'request' &&
          messageOf(entry).request === request &&
          (id === undefined || messageOf(entry).parameters?.[0] === id),
        count,
      );
      const { referenceId } = messageOf(sent);
      await when(
        (entry) =>
          entry.direction === 'out' &&
          (entry.kind === 'answer' || entry.kind === 'error') &&
          messageOf(entry).referenceId === referenceId,
      );
    },
    async delivered(interactionId) {
      await when(
        (entry) => entry.kind === 'event' && messageOf(entry).data?.interaction?.interactionId === interactionId,
      );
    },
    async settled(...paths) {
      for (const path of paths) {
        // getUpdateComplete() is what the updateComplete getter returns (the fixture calls methods, not getters);
        // false means the element asked for another update meanwhile, which Lit's own idiom awaits in turn.
        let done: boolean | null;
        while ((done = await control<boolean | null>('invoke', { path, method: 'getUpdateComplete' })) === false);
        if (done === null) throw new Error(`No element at ${path}`);
      }
    },
    requestsAbout: (interactionId) =>
      traffic
        .filter(
          (entry) =>
            entry.direction === 'in' && entry.kind === 'request' && messageOf(entry).parameters?.[0] === interactionId,
        )
        .map((entry) => `${messageOf(entry).request}(${interactionId})`),
    async shown(path) {
      const tag = await control<string | null>('property', { path, name: 'localName' });
      const shown = await control<Interaction | null>('property', {
        path,
        name: tag === 'wwe-record-fields' ? 'record' : 'current',
      });
      return shown?.interactionId ?? null;
    },
    disabled: (path, text) => control('disabledText', { path, text }),
    click: (path, text) => control('clickText', { path, text }),
    text: (path) => control('text', { path }),
    value: (path) => control('property', { path, name: 'value' }),
    axe: (path) => control('axe', { path }),
    dispose: () => page.dispose(),
  };
}
