/** Test harness for `<wwe-user-data>`: see ../interaction-page.ts for the page it reads and why awaiting is enough. */
import { InteractionElementHarness, type InteractionPage } from '../interaction-page.js';

/** Reads and drives one `<wwe-user-data>` as a user does: its rows, its inputs, Save and Remove. */
export class UserDataHarness extends InteractionElementHarness {
  constructor(page: InteractionPage, path = 'wwe-user-data') {
    super(page, path);
  }

  /** The keys of the rows, in order. */
  keys = () => this.texts('[part=key]');
  /** The value the interaction holds for a key, as the row shows it. */
  value = (key: string) => this.text(`tr[data-key="${key}"] [part=value]`);
  /** What the input of an editable key holds. */
  input = (key: string) =>
    this.page.control<string | null>('property', { path: `${this.path} >> input[name="${key}"]`, name: 'value' });
  edited = async (key: string) => (await this.attribute(`input[name="${key}"]`, 'part')) === 'input edited';
  savedText = () => this.text('[part=saved]');

  /** Types a value into a key's input, as the user does. */
  async edit(key: string, value: string): Promise<void> {
    await this.page.control('type', { path: `${this.path} >> input[name="${key}"]`, text: value });
    await this.updated();
  }

  /** Clicks Save, and resolves once Workspace answered and the element showed the outcome. */
  async save(): Promise<void> {
    await this.answeredAfter('interaction.setUserData', () =>
      this.page.control('click', { path: `${this.path} >> [part=save]` }),
    );
  }

  /** Clicks a key's Remove, as `save` awaits the outcome. */
  async remove(key: string): Promise<void> {
    await this.answeredAfter('interaction.deleteUserData', () =>
      this.page.control('click', { path: `${this.path} >> tr[data-key="${key}"] [part=remove]` }),
    );
  }

  /** Focuses a key's input, types for real and presses Enter, as `save` awaits the outcome. */
  async typeAndEnter(key: string, text: string): Promise<void> {
    await this.focus(`input[name="${key}"]`);
    await this.page.control('type', { path: `${this.path} >> input[name="${key}"]`, text: '' });
    await this.page.type(text);
    await this.answeredAfter('interaction.setUserData', () => this.page.press('Enter'));
  }
}
