/**
 * Test harness for `<wwe-outbound-preview>` and the `<wwe-record-fields>` in its shadow root: drives them as
 * a user does (campaign, buttons, fields) and resolves once Workspace answered and the elements rendered.
 */
import type { InteractionEvent, RequestName } from '@wwe-kit/protocol';
import { ElementHarness } from '../interaction-page.js';
import type { ElementsTestPage } from './bridge.js';

const about = (id?: string) => (event: InteractionEvent) =>
  'interaction' in event && (id === undefined || event.interaction.interactionId === id);

export class OutboundPreviewHarness extends ElementHarness {
  /** The `<wwe-record-fields>` of the record shown. */
  readonly fields: ElementHarness;

  constructor(
    override readonly page: ElementsTestPage,
    path = 'wwe-outbound-preview',
  ) {
    super(page, path);
    this.fields = new ElementHarness(page, `${path} >> wwe-record-fields`);
  }

  /** Resolves once the element has what it needs (allowed services, interactions, campaigns) and shows it. */
  async loaded(): Promise<void> {
    for (const request of [
      'system.getAllowedServices',
      'interaction.getInteractions',
      'outbound.getCampaigns',
    ] as const)
      await this.page.answered(request);
    await this.updated();
  }

  /**
   * Resolves once Workspace has told the page about the record `id` (any outbound record when left out), and
   * the element shows it: its chained records and its fields loaded and rendered.
   */
  async shows(id?: string): Promise<void> {
    await this.page.delivered(about(id));
    await this.updated();
    await this.latest('outbound.getChainedRecords');
    await this.latest('outbound.getRecordFields');
    await this.updated();
    await this.fields.updated();
  }

  /** Clicks the button of that text in the element; resolves once Workspace answered `request` and the element rendered. */
  async perform(text: string, request: RequestName): Promise<void> {
    await this.#answering(request, () => this.page.control('clickText', { path: this.path, text }));
  }

  /** Chooses `value` in the control at `selector` (a select, or a checkbox given a boolean); resolves as `perform`. */
  async choose(selector: string, value: string | boolean, request: RequestName): Promise<void> {
    await this.#answering(request, () => this.page.control('select', { path: `${this.path} >> ${selector}`, value }));
  }

  /** Chooses a value in the control at `selector` that sends nothing by itself. */
  async set(selector: string, value: string): Promise<void> {
    await this.page.control('type', { path: `${this.path} >> ${selector}`, text: value });
    await this.page.control('select', { path: `${this.path} >> ${selector}`, value });
    await this.updated();
  }

  /** Types into the record field `name`. */
  async typeField(name: string, text: string): Promise<void> {
    await this.page.control('type', { path: `${this.fields.path} >> [name=${name}]`, text });
    await this.fields.updated();
  }

  /** Clicks Save fields; resolves once the fields rendered, and once Workspace answered when they were valid (`sends`). */
  async saveFields(sends: boolean): Promise<void> {
    const click = () => this.page.control('clickText', { path: this.fields.path, text: 'Save fields' });
    if (sends) await this.#answering('outbound.updateRecordFields', click);
    else await click();
    await this.fields.updated();
  }

  /** Whether the button of that text is disabled; null when there is none. */
  disabled = (text: string) => this.page.control<boolean | null>('disabledText', { path: this.path, text });
  /** Whether the record field `name` is shown. */
  hasField = async (name: string) => (await this.fields.text(`[name=${name}]`)) !== null;
  error = async () => (await this.text('[part=error]')) ?? '';
  fieldsError = async () => (await this.fields.text('[part=error]')) ?? '';

  /** Runs `act`, then waits for Workspace's answer to the `request` it sent and the element's render of it. */
  async #answering(request: RequestName, act: () => Promise<unknown>): Promise<void> {
    const count = this.page.sent(request).length + 1;
    await act();
    await this.page.answered(request, count);
    await this.updated();
  }

  /** Waits for the answer to the last `request` sent (the first, when none has been yet). */
  async latest(request: RequestName): Promise<void> {
    await this.page.answered(request, Math.max(1, this.page.sent(request).length));
  }
}
