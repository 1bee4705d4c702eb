/**
 * A typed harness for `<wwe-dial-pad>` (as Material Web's harness.ts): reads and drives one element in
 * the elements page (test/fixtures/elements-page.ts, cross-origin, real host and simulator) as a user does,
 * and awaits what each step means: the host's answer to the request, then the element's render.
 */
import type { DialDetail } from '@wwe-kit/elements';
import type { RequestName } from '@wwe-kit/protocol';
import { ElementHarness, type InteractionPage } from '../interaction-page.js';

/** Every request Dial may send. */
export const DIAL_REQUESTS = [
  'voice.dial',
  'voice.dialEx',
  'interaction.consult',
] as const satisfies readonly RequestName[];

export class DialPadHarness extends ElementHarness {
  constructor(page: InteractionPage, path = 'wwe-dial-pad') {
    super(page, path);
  }

  get #input(): string {
    return `${this.path} >> [part=input]`;
  }

  /** The request Dial sends: `interaction.consult` with `consult-for`, else `voice.dialEx` with `extensions`, else `voice.dial`. */
  async request(): Promise<(typeof DIAL_REQUESTS)[number]> {
    const attribute = (name: string) => this.page.control<string | null>('attribute', { path: this.path, name });
    if (await attribute('consult-for')) return 'interaction.consult';
    return (await attribute('extensions')) ? 'voice.dialEx' : 'voice.dial';
  }

  /**
   * Resolves once the element has what it needs and shows it: the allowed services and the option
   * `expression.phone-number.supported-characters` (asked on its first render, answered or refused).
   */
  async loaded(): Promise<void> {
    await this.page.answered('system.getAllowedServices');
    await this.page.answered('configuration.getOption');
    await this.updated();
  }

  /** The destination composed so far (the `value` property). */
  value = () => this.page.control<string>('property', { path: this.path, name: 'value' });

  /** The label of the destination field. */
  label = () => this.text('label');

  /** The words on the dial button: 'Dial', 'Consult', or the busy wording. */
  dialText = () => this.text('[part=dial]');

  /** Why the last dial failed, or why the destination is not valid; '' or null when nothing is wrong. */
  error = () => this.text('[part=error]');

  /** Why the page may not dial; null when it may. */
  reason = () => this.text('[part=reason]');

  /** The destination field's `aria-invalid`. */
  invalid = () => this.attribute('[part=input]', 'aria-invalid');

  /** The destination field's `disabled` attribute ('' when disabled, null when not). */
  inputDisabled = () => this.attribute('[part=input]', 'disabled');

  /** The dial button's `disabled` attribute ('' when disabled, null when not). */
  dialDisabled = () => this.attribute('[part=dial]', 'disabled');

  /** The dial button's `aria-busy`: 'true' while Workspace has not answered. */
  busy = () => this.attribute('[part=dial]', 'aria-busy');

  /** The key of the keypad that is its one tab stop. */
  tabStop = () => this.text('[part~=key][tabindex="0"]');

  /** Clicks the keypad's key `key` (e.g. '5', '#'), then awaits the render. */
  async press(key: string): Promise<void> {
    if (!(await this.page.control<boolean>('clickText', { path: this.path, text: key })))
      throw new Error(`No key ${key}`);
    await this.updated();
  }

  /** Types `number` in the destination field (as an input event), then awaits the render. */
  async type(number: string): Promise<void> {
    await this.page.control('type', { path: this.#input, text: number });
    await this.updated();
  }

  /** Dispatches a keydown of `key` on the keypad (no focus needed), then awaits the render. */
  async keypad(key: string): Promise<void> {
    await this.page.control('key', { path: `${this.path} >> [part=key]`, key });
    await this.updated();
  }

  /**
   * Dials, clicking the dial button or pressing Enter in the field (`by`), and resolves once Workspace
   * answered (or refused) the request and the element rendered the outcome.
   */
  async dial(by: 'click' | 'enter' = 'click'): Promise<void> {
    const request = await this.request();
    const count = this.page.sent(request).length + 1;
    if (by === 'click') await this.page.control('click', { path: `${this.path} >> [part=dial]` });
    else await this.page.control('key', { path: this.#input, key: 'Enter' });
    await this.page.answered(request, count);
    await this.updated();
  }

  /** Focuses the destination field, for real key presses. */
  focusInput = () => this.focus('[part=input]');

  /** The focused element of the page, as `tag[part=…]`. */
  focused = () => this.page.control<string | null>('focused');

  /** Every wwe-dial the page heard, in order. */
  async dials(): Promise<DialDetail[]> {
    const events = await this.page.control<Array<{ type: string; detail: DialDetail }>>('events');
    return events.filter((event) => event.type === 'wwe-dial').map((event) => event.detail);
  }
}
