/**
 * A typed harness for `<wwe-agent-state>` (as Material Web's harness.ts): reads and drives one element in
 * the elements page (test/fixtures/elements-page.ts, cross-origin, real host and simulator) as a user does,
 * and awaits what each step means: the host's answer to the request, then the element's render.
 */
import type { StateChangeDetail } from '@wwe-kit/elements';
import type { RequestName } from '@wwe-kit/protocol';
import { ElementHarness, type InteractionPage } from '../interaction-page.js';

export class AgentStateHarness extends ElementHarness {
  constructor(page: InteractionPage, path = 'wwe-agent-state') {
    super(page, path);
  }

  get #trigger(): string {
    return `${this.path} >> [part=trigger]`;
  }

  /** `agent.setState`, or `media.setState` with a `media` attribute: the request choosing a state sends. */
  async request(): Promise<RequestName> {
    return (await this.page.control<string | null>('attribute', { path: this.path, name: 'media' }))
      ? 'media.setState'
      : 'agent.setState';
  }

  /**
   * Resolves once the element has what it needs and shows it: the allowed services, the state and the
   * state list (the media list with `media`). The shared store asks for them only once the host
   * acknowledged its subscription, so from then on the page hears STATE_CHANGED too.
   */
  async loaded(): Promise<void> {
    await this.page.answered('system.getAllowedServices');
    await this.page.answered('agent.getState');
    await this.page.answered('agent.getStateList');
    if ((await this.request()) === 'media.setState') await this.page.answered('media.getMediaList');
    await this.updated();
  }

  /** The name of the state shown on the combobox ('Loading…' until it is known). */
  shownState = () => this.text('[part=name]');

  /** The state's type as the element words it beside the name, e.g. 'not ready (reason)'. */
  shownType = () => this.text('[part=type]');

  /** The `type` attribute the element reflects, e.g. 'NOT_READY'. */
  stateType = () => this.page.control<string | null>('attribute', { path: this.path, name: 'type' });

  /** The names of the states the list offers, in order. */
  options = () => this.texts('[role=option]');

  /** The name of the state the list marks active (the one Enter would choose). */
  activeOption = () => this.text('[part~=active]');

  /** The combobox's `aria-expanded`: 'true' while the list is open. */
  expanded = () => this.attribute('[part=trigger]', 'aria-expanded');

  /** The combobox's `aria-activedescendant`: the id of the active option while the list is open. */
  activeDescendant = () => this.attribute('[part=trigger]', 'aria-activedescendant');

  /** The combobox's `aria-disabled`. */
  disabled = () => this.attribute('[part=trigger]', 'aria-disabled');

  /** Why the page may not set the state; null when it may. */
  reason = () => this.text('[part=reason]');

  /** Why the last change failed; null when none did. */
  error = () => this.text('[part=error]');

  /** Clicks the combobox (it opens, or closes when open), then awaits the render. */
  async open(): Promise<void> {
    await this.page.control('click', { path: this.#trigger });
    await this.updated();
  }

  /** Opens the list and clicks the state named `name`; resolves once Workspace answered and the element rendered the outcome. */
  async choose(name: string): Promise<void> {
    const request = await this.request();
    const count = this.page.sent(request).length + 1;
    if ((await this.expanded()) !== 'true') await this.open();
    const index = (await this.options()).indexOf(name);
    if (index < 0) throw new Error(`No state named ${name}`);
    await this.page.control('click', { path: `${this.path} >> [role=option]:nth-child(${index + 1})` });
    await this.page.answered(request, count);
    await this.updated();
  }

  /** Dispatches a keydown of `key` on the combobox (no focus needed), then awaits the render. */
  async key(key: string): Promise<void> {
    await this.page.control('key', { path: this.#trigger, key });
    await this.updated();
  }

  /** Focuses the combobox, for real key presses. */
  focusTrigger = () => this.focus('[part=trigger]');

  /** Presses `key` for real (Playwright) where the focus is, then awaits the render. */
  async press(key: string): Promise<void> {
    await this.page.press(key);
    await this.updated();
  }

  /** Types `text` for real (Playwright) where the focus is, then awaits the render. */
  async type(text: string): Promise<void> {
    await this.page.type(text);
    await this.updated();
  }

  /** The focused element of the page, as `tag[part=…]`. */
  focused = () => this.page.control<string | null>('focused');

  /** Every wwe-state-change the page heard, in order. */
  async changes(): Promise<StateChangeDetail[]> {
    const events = await this.page.control<Array<{ type: string; detail: StateChangeDetail }>>('events');
    return events.filter((event) => event.type === 'wwe-state-change').map((event) => event.detail);
  }

  /** Resolves with the `count`th wwe-state-change (at once if it has fired). */
  changed = (count = 1) => this.page.control<StateChangeDetail>('event', { type: 'wwe-state-change', count });
}
