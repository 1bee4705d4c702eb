/**
 * Test helpers for the apps: an app page in a real cross-origin iframe registered with the host,
 * read and driven through a sibling inspector frame on the app's origin (inspector.html), and the
 * default option data of apps/workspace/options.yaml.
 */
import type { ClientFrame, FrameMode, OptionData, ServiceHost } from '@wwe-kit/host';
import { readOptionData } from '@wwe-kit/host';
import type { Reading } from '../../../test/helpers/dom-controls.js';
import { controller, waitForReady } from '../../../test/helpers/controls.js';
import { crossOrigin } from '../../../test/helpers/responder.js';

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
  waitFor<T = unknown>(path: string, reading: Reading, equals: T, options?: { name?: string; not?: boolean }): Promise<T>;
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
  return readOptionData(text.replaceAll('${APPS_ORIGIN}', crossOrigin()).replaceAll('${SHELL_ORIGIN}', location.origin));
}

/** The default option data with some options of the `interaction-workspace` section changed. */
export async function optionsWith(changes: Record<string, string>): Promise<OptionData> {
  const options = await defaultOptions();
  return { ...options, 'interaction-workspace': { ...options['interaction-workspace'], ...changes } };
}
