/**
 * Test helpers for the apps: an app page in a real cross-origin iframe registered with the host,
 * read and driven through a sibling inspector frame on the app's origin (inspector.html); the
 * default option data of apps/workspace/options.yaml; and what the apps' tests await in the host's
 * traffic (a request answered, an event delivered to a probe) instead of polling.
 */
import type { ClientFrame, FrameMode, OptionData, ServiceHost, TrafficEntry } from '@wwe-kit/host';
import { readOptionData } from '@wwe-kit/host';
import type { Reading } from '../../../test/helpers/dom-controls.js';
import { controller, waitForReady } from '../../../test/helpers/controls.js';
import type { Probe } from '../../../test/helpers/probe.js';
import { crossOrigin } from '../../../test/helpers/responder.js';
import type { TrafficRecorder } from '../../../test/helpers/traffic.js';

export interface AppFrame {
  readonly iframe: HTMLIFrameElement;
  readonly frame: ClientFrame;
  /** Text of the element at a path of selectors (' >> ' enters shadow roots), whitespace collapsed; null when absent. */
  text(path: string): Promise<string | null>;
  /** Texts of every element matching the path's last selector. */
  texts(path: string): Promise<string[]>;
  attribute(path: string, name: string): Promise<string | null>;
  property<T = unknown>(path: string, name: string): Promise<T>;
  /** Whether the element exists and is rendered (not hidden). */
  visible(path: string): Promise<boolean>;
  /** Sets an input's value as typing does (input and change events). */
  fill(path: string, value: string): Promise<void>;
  click(path: string): Promise<void>;
  /** Submits a form as its submit button does (validation and submit event). */
  submit(path: string): Promise<void>;
  /** axe-core violations inside the element at `path` (the whole page by default). */
  axe(path?: string): Promise<string[]>;
  /**
   * Resolves once the `reading` at `path` equals `equals` (with `not`, once it differs), answering it:
   * awaited in the app's page, on the DOM change that makes it hold.
   */
  waitFor<T = unknown>(
    path: string,
    reading: Reading,
    equals: T,
    options?: { name?: string; not?: boolean },
  ): Promise<T>;
  remove(): void;
}

let nextFrame = 0;

/** Opens `apps/<page>` (e.g. `tab/index.html?interaction=1`) cross-origin as a `section` view in `mode`. */
export async function openApp(host: ServiceHost, page: string, section: string, mode: FrameMode): Promise<AppFrame> {
  const name = `app-${nextFrame++}`;
  const iframe = document.createElement('iframe');
  iframe.name = name;
  iframe.title = section;
  iframe.src = `${crossOrigin()}/apps/${page}`;
  iframe.style.cssText = 'inline-size: 900px; block-size: 700px';
  const frame = host.registerFrame({ iframe, section, mode });
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;

  const inspector = document.createElement('iframe');
  inspector.src = `${crossOrigin()}/apps/tab/test/inspector.html`;
  const ready = waitForReady(() => inspector.contentWindow);
  document.body.append(inspector);
  await ready;
  const control = controller(inspector.contentWindow!);
  // A missing element rejects with the reason instead of hanging the test.
  const inspect = async <T>(name: string, fields: Record<string, unknown>): Promise<T> => {
    try {
      return await control<T>(name, { frame: iframe.name, ...fields });
    } catch (error) {
      throw new Error(`In ${page}: ${(error as Error).message}`, { cause: error });
    }
  };
  return {
    iframe,
    frame,
    text: (path) => inspect('text', { path }),
    texts: (path) => inspect('texts', { path }),
    attribute: (path, attribute) => inspect('attribute', { path, name: attribute }),
    property: (path, property) => inspect('property', { path, name: property }),
    visible: (path) => inspect('visible', { path }),
    fill: (path, value) => inspect('fill', { path, value }),
    click: (path) => inspect('click', { path }),
    submit: (path) => inspect('submit', { path }),
    axe: (path = 'body') => inspect('axe', { path }),
    waitFor: (path, reading, equals, options = {}) => inspect('waitFor', { path, reading, equals, ...options }),
    remove: () => {
      iframe.remove();
      inspector.remove();
    },
  };
}

/** The option data the shell starts with (apps/workspace/options.yaml), its origins those of this test server. */
export async function defaultOptions(): Promise<OptionData> {
  const text = await (await fetch('/apps/workspace/options.yaml')).text();
  return readOptionData(
    text.replaceAll('${APPS_ORIGIN}', crossOrigin()).replaceAll('${SHELL_ORIGIN}', location.origin),
  );
}

/** The default option data with some options of the `interaction-workspace` section changed. */
export async function optionsWith(changes: Record<string, string>): Promise<OptionData> {
  const options = await defaultOptions();
  return { ...options, 'interaction-workspace': { ...options['interaction-workspace'], ...changes } };
}

type Message = Record<string, unknown>;
/** What the traffic helpers need of a workspace: its traffic log and `when`. */
type Traffic = Pick<TrafficRecorder, 'traffic' | 'when'>;

/** One request a view sent and the host's answer to it: `answer.kind` is 'answer', or 'error' for a refusal or failure. */
export interface Exchange {
  readonly request: TrafficEntry;
  readonly answer: TrafficEntry;
  /** The request's parameters, as the view sent them. */
  readonly parameters: unknown[];
}

const parametersOf = (entry: TrafficEntry) => ((entry.message as Message)['parameters'] ?? []) as unknown[];

/** Resolves with the host's entry for the `count`th `name` request whose parameters `match` (any frame), once it arrived. */
export function requested(
  workspace: Traffic,
  name: string,
  match: (parameters: unknown[]) => boolean = () => true,
  count = 1,
): Promise<TrafficEntry> {
  return workspace.when(
    (entry) => entry.kind === 'request' && (entry.message as Message)['request'] === name && match(parametersOf(entry)),
    count,
  );
}

/**
 * Resolves once the host has answered the `count`th `name` request whose parameters `match` (any frame):
 * the moment Workspace has done what the view asked, awaited in the host's own traffic, never polled.
 */
export async function exchange(
  workspace: Traffic,
  name: string,
  match: (parameters: unknown[]) => boolean = () => true,
  count = 1,
): Promise<Exchange> {
  const request = await requested(workspace, name, match, count);
  const { referenceId } = request.message as Message;
  const answer = await workspace.when(
    (entry) =>
      (entry.kind === 'answer' || entry.kind === 'error') &&
      entry.frameId === request.frameId &&
      (entry.message as Message)['referenceId'] === referenceId,
  );
  return { request, answer, parameters: parametersOf(request) };
}

/**
 * Resolves once `probe`'s ServiceClient has received the `count`th event the host sent it whose message
 * `matches`, with every event it received by then. The host's traffic says how many events it had sent the
 * probe up to that one; the probe answers once that many have arrived (the probe's client hears every
 * event its frame is sent: the host sends only the names it listens to).
 */
export async function deliveredTo(
  workspace: Traffic,
  probe: Probe,
  matches: (message: Message) => boolean,
  count = 1,
): Promise<Array<{ event: string; data: Message }>> {
  const toProbe = (entry: TrafficEntry) => entry.kind === 'event' && entry.frameId === probe.frame.frameId;
  const sent = await workspace.when((entry) => toProbe(entry) && matches(entry.message as Message), count);
  return probe.events(workspace.traffic.filter(toProbe).indexOf(sent) + 1);
}
