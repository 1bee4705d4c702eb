/**
 * Test harness base for the interaction elements (`<wwe-call-recording>`, `<wwe-user-data>`,
 * `<wwe-case-list>`): the elements page of test/fixtures/elements-page.ts in a cross-origin iframe,
 * served by the real host and simulator, plus what lets a test await instead of polling: the host's own
 * traffic (a request answered, an event sent) and the element's `updateComplete`.
 *
 * Why awaiting these is enough: the host posts its answers and events to the frame, and the test its
 * control messages, from this window, so the frame handles them in that order; the bridge and the store
 * apply an answer or event synchronously and Lit renders in microtasks. A control message sent after
 * the host posted something is therefore handled after the page reacted to it.
 */
import type { TrafficEntry } from '@wwe-kit/host';
import type { InteractionEvent, RequestName } from '@wwe-kit/protocol';
import type { ManualClock, WorkspaceSimulator } from '@wwe-kit/simulator';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Reading } from '../../../test/helpers/dom-controls.js';
import { openElementsPage } from '../../../test/helpers/elements.js';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { answered } from '../../../test/helpers/traffic.js';
import { openOptions } from '../../../test/helpers/workspace.js';

type Message = { request?: string; parameters?: unknown[]; referenceId?: unknown; event?: string; data?: unknown };
const messageOf = (entry: TrafficEntry) => entry.message as Message;

/** An event one of the three elements fired, as the page heard it. */
export interface Heard {
  readonly type: string;
  readonly detail: unknown;
}

export interface InteractionPage {
  readonly simulator: WorkspaceSimulator;
  readonly clock: ManualClock;
  readonly control: <T = unknown>(name: string, fields?: Record<string, unknown>) => Promise<T>;
  /** Sets the page's markup inside a `<wwe-bridge>` pinned to this (the host's) origin. */
  render(markup: string): Promise<void>;
  /** Resolves once the host has answered (or refused) the `count`th `request` of the page (at once if it has). */
  answered(request: RequestName, count?: number): Promise<void>;
  /** Resolves once the host has sent the page the `count`th interaction event that `matches`. */
  delivered(matches: (event: InteractionEvent) => boolean, count?: number): Promise<void>;
  /** The parameters of each `request` the page sent, in order. */
  sent(request: RequestName): unknown[][];
  /** The events of the three elements the page heard since the last call. */
  heard(): Promise<Heard[]>;
  /** Presses keys for real (Playwright) in the focused element of the page. */
  press(key: string): Promise<void>;
  /** Types text for real (Playwright) in the focused element of the page. */
  type(text: string): Promise<void>;
  /** Shows the page in the light or dark colour scheme (`prefers-color-scheme`). */
  scheme(colorScheme: 'light' | 'dark'): Promise<void>;
  /** The computed `property` of the element at `path` (' >> ' enters shadow roots), after styling the path's first element with `set`. */
  style(path: string, property: string, set?: string): Promise<string | null>;
  dispose(): void;
}

export async function openInteractionPage(options: Record<string, string> = openOptions): Promise<InteractionPage> {
  const page = await openElementsPage(options);
  const { traffic, when, control, simulator, clock } = page;
  const requests = (request: string) => (entry: TrafficEntry) =>
    entry.direction === 'in' && entry.kind === 'request' && messageOf(entry).request === request;

  return {
    simulator,
    clock,
    control,
    render: async (markup) => {
      await control('render', { markup: `<wwe-bridge host-origin="${sameOrigin()}">${markup}</wwe-bridge>` });
    },
    answered: (request, count = 1) => answered(when, requests(request), count),
    async delivered(matches, count = 1) {
      await when(
        (entry) =>
          entry.kind === 'event' &&
          messageOf(entry).event === 'interaction' &&
          matches(messageOf(entry).data as InteractionEvent),
        count,
      );
    },
    sent: (request) => traffic.filter(requests(request)).map((entry) => messageOf(entry).parameters ?? []),
    heard: () => control<Heard[]>('heard'),
    ...userInput(control),
    dispose: () => page.dispose(),
  };
}

/** Real key presses and typing (Playwright), the colour scheme, and computed styles, for a page's harness. */
export function userInput(
  control: InteractionPage['control'],
): Pick<InteractionPage, 'press' | 'type' | 'scheme' | 'style'> {
  return {
    press: (key) => sendKeys({ press: key }),
    type: (text) => sendKeys({ type: text }),
    scheme: (colorScheme) => emulateMedia({ colorScheme }),
    style: (path, property, set) => control('style', { path, property, set }),
  };
}

/** The options of a page Workspace accepts only for `requests` (a list as the option writes it), on top of `base`. */
export const accepting = (requests: string, base: Record<string, string> = openOptions): Record<string, string> => ({
  ...base,
  'service-client-api.accepted-web-content-origins': `* (${requests})`,
});

/** The reason an element shows where the page may not call `request`. */
export const mayNotCall = (request: string) =>
  `This page may not call ${request} (service-client-api.accepted-web-content-origins).`;

/** What paint() reads when the part is painted `light`, `dark` (axe-clean there) and `custom` through its property. */
export const painted = (light: string, dark: string, custom?: string): Paint => ({
  light,
  dark,
  darkViolations: [],
  ...(custom ? { custom } : {}),
});

/** What ElementHarness.paint() read: a computed colour in each scheme, and through a custom property. */
export interface Paint {
  light: string | null;
  dark: string | null;
  darkViolations: string[];
  custom?: string | null;
}

/** What every element harness does: read its shadow root's parts, wait for its renders, run axe on it. */
export class ElementHarness {
  constructor(
    readonly page: InteractionPage,
    readonly path: string,
  ) {}

  /** Resolves once the host has answered each of `requests` of the page, and the element has rendered. */
  protected async loadedAfter(...requests: RequestName[]): Promise<void> {
    for (const request of requests) await this.page.answered(request);
    await this.updated();
  }

  /** Does `act` (a click, a key press…) that sends `request`; resolves once Workspace answered it and the element rendered the outcome. */
  protected async answeredAfter(request: RequestName, act: () => Promise<unknown>): Promise<void> {
    const count = this.page.sent(request).length + 1;
    await act();
    await this.page.answered(request, count);
    await this.updated();
  }

  /** Presses each of `keys` for real, in turn, and reads `read()` after each render: what the user meets key by key. */
  async afterEachKey<T>(keys: readonly string[], read: () => Promise<T>): Promise<T[]> {
    const seen: T[] = [];
    for (const key of keys) {
      await this.page.press(key);
      await this.updated();
      seen.push(await read());
    }
    return seen;
  }

  /** Presses each key for real where the focus is, answering the text focused after each. */
  walk(...keys: string[]): Promise<Array<string | null>> {
    return this.afterEachKey(keys, () => this.focusedText());
  }

  /** The text of the focused element of the page, its white space squeezed; null when none has the focus. */
  focusedText = async () =>
    (await this.page.control<string | null>('focusedText'))?.replace(/\s+/g, ' ').trim() ?? null;

  /**
   * How the element paints `property` of its `selector` part: in the light scheme, in the dark one (on a
   * page surface that follows the scheme, as a page that supports dark has) with axe's violations there,
   * and in light again with `customProperty` set to rgb(1, 2, 3) on the element. The light scheme is put
   * back whatever happens.
   */
  async paint(selector: string, property: string, customProperty?: string): Promise<Paint> {
    const path = `${this.path} >> ${selector}`;
    await this.page.style(
      'wwe-bridge',
      'display',
      'display: block; color-scheme: light dark; background-color: Canvas',
    );
    const dark = { dark: null as string | null, darkViolations: [] as string[] };
    try {
      await this.page.scheme('dark');
      dark.dark = await this.page.style(path, property);
      dark.darkViolations = await this.axe();
    } finally {
      await this.page.scheme('light');
    }
    const paint: Paint = { light: await this.page.style(path, property), ...dark };
    if (customProperty) paint.custom = await this.page.style(path, property, `${customProperty}: rgb(1, 2, 3)`);
    return paint;
  }

  /** Resolves once the element has rendered every update asked of it so far. */
  async updated(): Promise<void> {
    if (!(await this.page.control<boolean>('updated', { path: this.path })))
      throw new Error(`No element at ${this.path}`);
  }

  /** The text of the first element matching `selector` in the shadow root; null when there is none. */
  text(selector: string): Promise<string | null> {
    return this.page.control('text', { path: `${this.path} >> ${selector}` });
  }

  /** The texts of every element matching `selector` in the shadow root. */
  texts(selector: string): Promise<string[]> {
    return this.page.control('texts', { path: `${this.path} >> ${selector}` });
  }

  /**
   * Resolves once the `reading` of `selector` in the shadow root equals `equals` (with `not`, once it
   * differs), answering it: awaited in the page, on the DOM change that makes it hold.
   */
  waitFor<T>(
    selector: string,
    reading: Reading,
    equals: T,
    options: { name?: string; not?: boolean } = {},
  ): Promise<T> {
    return this.page.control('waitFor', { path: `${this.path} >> ${selector}`, reading, equals, ...options });
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.page.control('attribute', { path: `${this.path} >> ${selector}`, name });
  }

  /** The message lines the element shows: the error (`[part=error]`) and reasons (`[part=reason]`). */
  async messages(): Promise<{ error: string[]; reason: string[] }> {
    return { error: await this.texts('[part=error]'), reason: await this.texts('[part=reason]') };
  }

  /** Focuses the element matching `selector` in the shadow root, for real key presses. */
  async focus(selector: string): Promise<void> {
    if (!(await this.page.control<boolean>('focus', { path: `${this.path} >> ${selector}` })))
      throw new Error(`Cannot focus ${selector}`);
  }

  /** axe-core violations inside the element. */
  axe(): Promise<string[]> {
    return this.page.control('axe', { path: this.path });
  }
}

/** What `<wwe-call-recording>`, `<wwe-user-data>` and `<wwe-case-list>` harnesses share: they load the same way. */
export class InteractionElementHarness extends ElementHarness {
  /** Resolves once the element has what it needs (allowed services, interactions) and shows it. */
  async loaded(): Promise<void> {
    await this.loadedAfter('system.getAllowedServices', 'interaction.getInteractions');
  }

  /**
   * While the interactions are held back (by a fault's delay) once the allowed services are answered:
   * the line the element shows, and axe's violations then.
   */
  async loading(): Promise<{ shown: string | null; violations: string[] }> {
    await this.page.answered('system.getAllowedServices');
    await this.updated();
    return { shown: await this.text('[part=empty]'), violations: await this.axe() };
  }
}
