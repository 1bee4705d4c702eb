/**
 * Test harness for `<wwe-bridge>` and the cross-element tests: the page of ../interaction-page.ts (the elements
 * page of test/fixtures/elements-page.ts in a cross-origin iframe, served by the real host and simulator), with
 * the same awaits, plus what those tests also read: the host itself, every message the page sent, markup
 * with no bridge around it, and the DOM events the page heard.
 *
 * Why awaiting is enough: see ../interaction-page.ts. The host posts its answers and events to the frame, and
 * the test its control messages, from this window, so the frame handles them in that order.
 */
import type { BridgeState, BridgeStateDetail } from '@wwe-kit/elements';
import type { ServiceHost, TrafficEntry } from '@wwe-kit/host';
import type { InteractionEvent, RequestName } from '@wwe-kit/protocol';
import { openElementsPage } from '../../../../test/helpers/elements.js';
import { sameOrigin } from '../../../../test/helpers/responder.js';
import { answered, isAnswered } from '../../../../test/helpers/traffic.js';
import { openOptions } from '../../../../test/helpers/workspace.js';
import { ElementHarness, userInput, type Heard, type InteractionPage } from '../interaction-page.js';

type Message = { request?: string; parameters?: unknown[]; referenceId?: unknown; event?: string; data?: unknown };
const messageOf = (entry: TrafficEntry) => entry.message as Message;

/** A page request, or the page's subscription (answered like a request). */
export type Asked = RequestName | 'subscribe';

export interface ElementsTestPage extends InteractionPage {
  readonly host: ServiceHost;
  /** Resolves once the host has answered (or refused) the `count`th `request`, or subscription, of the page. */
  answered(request: Asked, count?: number): Promise<void>;
  /** Resolves once the page has sent its `count`th `request` (or subscription), answered or not. */
  asked(request: Asked, count?: number): Promise<void>;
  /** How many `request`s of the page the host has not answered yet: held by a fault, they are pending. */
  unanswered(request: Asked): number;
  /** Resolves once the host has sent the page the `count`th event named `name` (e.g. 'agent', 'interaction'). */
  notified(name: string, count?: number): Promise<void>;
  /** The requests and subscriptions the page sent, by name, in order. */
  names(): string[];
  /** Sets the page's markup as it is, with no `<wwe-bridge>` around it. */
  renderBare(markup: string): Promise<void>;
  /** Resolves with the detail of the `count`th DOM event of `type` the page heard (at once if it has). */
  event<T = unknown>(type: string, count?: number): Promise<T>;
  /** Every DOM event of the wwe-* elements the page heard, in order (the fixture's `events`). */
  events(): Promise<Heard[]>;
}

export async function openElementsTestPage(options: Record<string, string> = openOptions): Promise<ElementsTestPage> {
  const page = await openElementsPage(options);
  const { traffic, when, control, simulator, clock, host } = page;
  const asked = (request: string) => (entry: TrafficEntry) =>
    entry.direction === 'in' &&
    ((entry.kind === 'request' && messageOf(entry).request === request) ||
      (entry.kind === 'subscribe' && request === 'subscribe'));
  const notified = async (matches: (entry: TrafficEntry) => boolean, count: number) => {
    await when((entry) => entry.kind === 'event' && matches(entry), count);
  };
  return {
    simulator,
    clock,
    control,
    host,
    render: async (markup) => {
      await control('render', { markup: `<wwe-bridge host-origin="${sameOrigin()}">${markup}</wwe-bridge>` });
    },
    renderBare: async (markup) => {
      await control('render', { markup });
    },
    answered: (request, count = 1) => answered(when, asked(request), count),
    async asked(request, count = 1) {
      await when(asked(request), count);
    },
    unanswered: (request) => traffic.filter(asked(request)).filter((entry) => !isAnswered(traffic, entry)).length,
    delivered: (matches, count = 1) =>
      notified(
        (entry) => messageOf(entry).event === 'interaction' && matches(messageOf(entry).data as InteractionEvent),
        count,
      ),
    notified: (name, count = 1) => notified((entry) => messageOf(entry).event === name, count),
    sent: (request) => traffic.filter(asked(request)).map((entry) => messageOf(entry).parameters ?? []),
    names: () => page.sent(),
    heard: () => control<Heard[]>('heard'),
    event: (type, count = 1) => control('event', { type, count }),
    events: () => control<Heard[]>('events'),
    ...userInput(control),
    dispose: () => page.dispose(),
  };
}

/** Reads one `<wwe-bridge>`: its connection state, its status line, its events. */
export class BridgeHarness extends ElementHarness {
  constructor(
    override readonly page: ElementsTestPage,
    path = 'wwe-bridge',
  ) {
    super(page, path);
  }

  /**
   * Resolves once the bridge has its answer to `system.getAllowedServices` (the `count`th of the page, when
   * several bridges connect) and has rendered the state it reports then: `ready`, or `error` when refused.
   */
  async connected(count = 1): Promise<void> {
    await this.page.answered('system.getAllowedServices', count);
    await this.updated();
  }

  /** The reflected `state` attribute. */
  state = () => this.page.control<BridgeState | null>('attribute', { path: this.path, name: 'state' });
  status = () => this.text('[part=status]');
  hostOrigin = () => this.page.control<string | null>('attribute', { path: this.path, name: 'host-origin' });
  /** The `wwe-bridge-state` events the page heard. */
  stateEvents = async () =>
    (await this.page.events()).filter((event) => event.type === 'wwe-bridge-state') as Array<{
      type: string;
      detail: BridgeStateDetail;
    }>;
}

/** Reads one `<test-consumer>` of the fixture: a minimal element of the shared store (agent, state). */
export class ConsumerHarness extends ElementHarness {
  constructor(
    override readonly page: ElementsTestPage,
    path = 'test-consumer',
  ) {
    super(page, path);
  }

  /** Renders one `<test-consumer>` inside a bridge; resolves with its harness once it shows the agent and state. */
  static async shown(page: ElementsTestPage): Promise<ConsumerHarness> {
    await page.render('<test-consumer></test-consumer>');
    const consumer = new ConsumerHarness(page);
    await consumer.loaded();
    return consumer;
  }

  /** Resolves once the agent and its state have been answered, and the consumer shows them. */
  async loaded(): Promise<void> {
    await this.loadedAfter('agent.get', 'agent.getState');
  }

  agent = () => this.text('[part=agent]');
  state = () => this.text('[part=state]');
  missing = () => this.text('[part=missing]');
}
