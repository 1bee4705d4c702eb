/** A probe view (fixtures/probe.html) in a cross-origin iframe or popup, registered with a host. */
import type { ClientFrame, FrameMode, FrameRegistration } from '@wwe-kit/host';
import { controller, waitForReady } from './controls.js';
import { crossOrigin, probeUrl } from './origins.js';
import type { RegisteredFrame } from './host-under-test.js';

type Message = Record<string, unknown>;

/** A view under test steered by the test page: raw messages, or calls through the real `ServiceClient` in it. */
export interface Probe<F extends RegisteredFrame = ClientFrame> {
  readonly window: Window;
  readonly iframe: HTMLIFrameElement | undefined;
  readonly origin: string;
  /** The view as the host registered it. */
  readonly frame: F;
  /** Sends a control message to the probe page and resolves with its result. */
  control<T = unknown>(name: string, fields?: Record<string, unknown>, transfer?: Transferable[]): Promise<T>;
  /** Posts a raw message to the host; `transfer` (ports inside the message) is handed on with it. */
  send(message: unknown, transfer?: Transferable[]): Promise<void>;
  /**
   * Posts a raw message and resolves with the host's answer of the same referenceId. Every request-shaped
   * message gets one, so no answer within `wait` ms (30 s: only a hang's report) rejects; a test proves
   * that something went unanswered with a later marker instead.
   */
  ask(message: Message, wait?: number, transfer?: Transferable[]): Promise<Message>;
  /** Every message the host sent the probe; with `count`, once that many have arrived (awaited in the probe). */
  received(count?: number): Promise<Message[]>;
  /** Calls a request through the real ServiceClient in the probe. */
  call(
    name: string,
    parameters?: unknown[],
  ): Promise<{ data?: unknown; error?: { code: string; errorMessage?: string; message: string } }>;
  /** Listens to events through the real ServiceClient; resolves once subscribed. */
  listen(names: string[]): Promise<void>;
  /** Events the probe's ServiceClient received; with `count`, once that many have arrived (awaited in the probe). */
  events(count?: number): Promise<Array<{ event: string; data: Message }>>;
  /** Resolves with the next event the probe's ServiceClient receives (after `listen`). */
  nextEvent(): Promise<{ event: string; data: Message }>;
  /** Removes the iframe (or closes the popup). */
  remove(): void;
}

/** Where and how a probe view opens. */
export interface ProbeOptions {
  /** Default: the test server's other origin (`crossOrigin()`). */
  readonly origin?: string;
  /** Open it with `window.open` instead of in an iframe. */
  readonly popup?: boolean;
  /** Its web-content section. Default `Probe`. */
  readonly section?: string;
  /** Default `tab` (`popup` for a popup). */
  readonly mode?: FrameMode;
}

/** How long `ask` waits for an answer that must come: generous, since it only reports a hang. */
const ASK_LIMIT = 30_000;

let nextReference = 0;
/** A request envelope as the reference client sends it. */
export const requestMessage = (request: string, parameters?: unknown[], extra: Message = {}): Message => ({
  request,
  ...(parameters ? { parameters } : {}),
  referenceId: `t${nextReference++}`,
  userAgent: 'WWE Client',
  protocolVersion: 2,
  ...extra,
});

/** Opens a probe view on `origin` (cross-origin by default) and registers it with `host` before it loads. */
export async function openProbe<F extends RegisteredFrame>(
  host: { registerFrame(registration: FrameRegistration): F },
  options: ProbeOptions = {},
): Promise<Probe<F>> {
  const origin = options.origin ?? crossOrigin();
  const url = probeUrl(origin);
  const section = options.section ?? 'Probe';
  let iframe: HTMLIFrameElement | undefined;
  let target: Window;
  let frame: F;
  if (options.popup) {
    const ready = waitForReady(() => target);
    target = window.open(url, '_blank', 'popup')!;
    frame = host.registerFrame({ window: target, section, mode: options.mode ?? 'popup', url });
    await ready;
  } else {
    iframe = document.createElement('iframe');
    iframe.src = url;
    frame = host.registerFrame({ iframe, section, mode: options.mode ?? 'tab' });
    const ready = waitForReady(() => iframe!.contentWindow);
    document.body.append(iframe);
    await ready;
    target = iframe.contentWindow!;
  }
  const control = controller(target);
  return {
    window: target,
    iframe,
    origin,
    frame,
    control,
    send: async (message, transfer) => {
      await control('send', { message }, transfer);
    },
    ask: async (message, wait = ASK_LIMIT, transfer) => {
      const answer = await control<Message | null>('ask', { message, wait }, transfer);
      if (answer === null) throw new Error(`No answer to ${JSON.stringify(message).slice(0, 200)} within ${wait} ms`);
      return answer;
    },
    received: (count = 0) => control('received', { count }),
    call: (name, parameters) => control('call', { name, parameters }),
    listen: async (names) => {
      await control('listen', { names });
    },
    events: (count = 0) => control('events', { count }),
    nextEvent: () => control('nextEvent'),
    remove: () => (iframe ? iframe.remove() : target.close()),
  };
}
