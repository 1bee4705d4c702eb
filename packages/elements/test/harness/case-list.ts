/** Test harness for `<wwe-case-list>`: see ../interaction-page.ts for the page it reads and why awaiting is enough. */
import { InteractionElementHarness, type InteractionPage } from '../interaction-page.js';

const squeeze = (text: string | null) => text?.replace(/\s+/g, ' ').trim() ?? null;

/** Reads and drives one `<wwe-case-list>` as a user does: its options, the selected one, the keyboard. */
export class CaseListHarness extends InteractionElementHarness {
  constructor(page: InteractionPage, path = 'wwe-case-list') {
    super(page, path);
  }

  /** The text of each case, in order. */
  cases = async () => (await this.texts('[role=option]')).map(squeeze);
  /** The text of the case marked selected (aria-selected), null when none is. */
  selected = async () => squeeze(await this.text('[role=option][aria-selected=true]'));
  /** The case id of the nth case (from 1). */
  caseId = (nth: number) => this.attribute(`[role=option]:nth-child(${nth})`, 'data-case-id');
  parts = (nth: number) => this.attribute(`[role=option]:nth-child(${nth})`, 'part');

  /** Clicks the nth case, and resolves once Workspace answered and the element showed the outcome. */
  async choose(nth: number): Promise<void> {
    await this.answeredAfter('interaction.selectCaseByCaseId', () =>
      this.page.control('click', { path: `${this.path} >> [role=option]:nth-child(${nth})` }),
    );
  }

  /** Presses Enter or Space on the focused case, as `choose` awaits the outcome. */
  async pressToSelect(key: 'Enter' | 'Space'): Promise<void> {
    await this.answeredAfter('interaction.selectCaseByCaseId', () => this.page.press(key));
  }
}
