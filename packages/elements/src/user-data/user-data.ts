import type { Interaction, KeyValues } from '@wwe-kit/protocol';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ActionController } from '../shared/action-controller.js';
import { WweElement } from '../shared/wwe-element.js';
import { userDataStyles } from './user-data.styles.js';

/** The detail of `wwe-user-data-saved`. */
export interface UserDataSavedDetail {
  readonly interactionId: string;
  /** The keys written, with the values Workspace accepted. */
  readonly keyValues: KeyValues;
}

/** The detail of `wwe-user-data-deleted`. */
export interface UserDataDeletedDetail {
  readonly interactionId: string;
  readonly key: string;
}

/** A comma-separated attribute as a list of keys (blanks dropped). */
const keyList = {
  fromAttribute: (value: string | null) =>
    value
      ?.split(',')
      .map((key) => key.trim())
      .filter(Boolean) ?? [],
  toAttribute: (keys: readonly string[]) => keys.join(','),
};

/** A user-data value as text: strings as they are, other JSON values written out. */
const textOf = (value: KeyValues[string] | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * The attached data (user data) of one interaction, as Workspace lets this page read it: only the
 * keys of `service-client-api.user-data.read-allowed` arrive. `keys` limits the table to chosen keys;
 * the keys listed in `editable` get an input (shown whether the interaction holds them or not): the
 * changed ones are saved together with one `interaction.setUserData`, and Remove deletes a key with
 * `interaction.deleteUserData`. Workspace's refusal (a key outside
 * `service-client-api.user-data.write-allowed`, a released call…) is shown as it words it, and the
 * edits stay in the form. The table is kept current from the interaction's events
 * (ATTACHED_DATA_CHANGED…); a value the user is editing is never replaced by an incoming change: the
 * table shows the new value beside the edit. Enter in an input saves.
 *
 * @tag wwe-user-data
 * @summary The attached data of an interaction, with the editable keys as inputs.
 *
 * @attr interaction-id - The interaction whose attached data is shown.
 * @attr keys - Comma-separated keys to show, in that order; unset or empty: every key this page may read.
 * @attr editable - Comma-separated keys the user may set and remove.
 * @attr label - The caption of the table. Default "Attached data".
 *
 * @prop {string} interactionId - The interaction whose attached data is shown.
 * @prop {string[]} keys - The keys to show, in that order; empty: every key this page may read.
 * @prop {string[]} editable - The keys the user may set and remove.
 * @prop {string} label - The caption of the table.
 *
 * @fires {CustomEvent<UserDataSavedDetail>} wwe-user-data-saved - Workspace accepted a save (`interaction.setUserData`).
 * @fires {CustomEvent<UserDataDeletedDetail>} wwe-user-data-deleted - Workspace accepted a removal (`interaction.deleteUserData`).
 *
 * @csspart table - The table of keys and values.
 * @csspart row - One key's row (`data-key` holds the key).
 * @csspart key - The key's cell.
 * @csspart value - The value the interaction holds.
 * @csspart input - The input of an editable key; also `edited` while it holds an unsaved edit.
 * @csspart remove - The Remove button of an editable key.
 * @csspart save - The Save button.
 * @csspart saved - The line that says what was saved or removed.
 * @csspart empty - The line shown while there is nothing to show (loading, not found, no readable data).
 * @csspart error - Why the last save or removal failed, or why the interactions could not be read.
 * @csspart reason - Why saving or removing is not available here.
 *
 * @cssprop --wwe-user-data-border - Colour of the lines between rows.
 * @cssprop --wwe-user-data-key-font - Font of the keys.
 * @cssprop --wwe-user-data-edited - Border colour of an input holding an unsaved edit.
 *
 * @cssstate pending - An action of the element waits for Workspace's answer (`wwe-user-data:state(pending)`).
 */
export class WweUserDataElement extends WweElement {
  static override styles = userDataStyles;

  @property({ attribute: 'interaction-id' }) interactionId = '';
  @property({ converter: keyList }) keys: string[] = [];
  @property({ converter: keyList }) editable: string[] = [];
  @property() label = 'Attached data';

  readonly #actions = new ActionController(this, ['allowedServices', 'interactions']);
  /** The user's unsaved values, by key: kept over incoming changes until saved, or until equal to the data. */
  readonly #edits = new Map<string, string>();
  #done = '';

  get #interaction(): Interaction | undefined {
    return this.#actions.store
      ?.get('interactions')
      ?.find((interaction) => interaction.interactionId === this.interactionId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('interactionId')) {
      this.#edits.clear();
      // Only this interaction's changes wake the element, not every other interaction's.
      this.#actions.followInteraction(this.interactionId);
    }
    const data = this.#interaction?.userData ?? {};
    // An edit that now matches the interaction (saved, or written by someone else) is no longer one.
    for (const [key, value] of this.#edits) if (value === textOf(data[key])) this.#edits.delete(key);
  }

  /** The keys shown: those of `keys` (or all) the interaction holds, and every editable key. */
  #shown(data: KeyValues): string[] {
    const wanted = this.keys.length
      ? this.keys.filter((key) => key in data || this.editable.includes(key))
      : Object.keys(data);
    return [...new Set([...wanted, ...this.editable])];
  }

  #edit(key: string, value: string): void {
    this.#edits.set(key, value);
    this.#done = '';
    this.requestUpdate();
  }

  /** Sends every edited key in one `interaction.setUserData`. */
  async #save(): Promise<void> {
    const interaction = this.#interaction;
    const keyValues: KeyValues = Object.fromEntries([...this.#edits].filter(([key]) => this.editable.includes(key)));
    if (
      !interaction ||
      this.#actions.pending ||
      this.#actions.refusal('interaction.setUserData') ||
      !Object.keys(keyValues).length
    )
      return;
    const { interactionId } = interaction;
    const done = await this.#actions.run('save', (client) =>
      client.interaction.setUserData(interactionId, keyValues).then(() => true),
    );
    if (!done) return;
    for (const [key, value] of Object.entries(keyValues)) if (this.#edits.get(key) === value) this.#edits.delete(key);
    this.#done = `Saved ${Object.keys(keyValues).join(', ')}.`;
    this.requestUpdate();
    this.emit('wwe-user-data-saved', { interactionId, keyValues });
  }

  async #remove(key: string): Promise<void> {
    const interaction = this.#interaction;
    if (
      !interaction ||
      !(key in interaction.userData) ||
      this.#actions.pending ||
      this.#actions.refusal('interaction.deleteUserData')
    )
      return;
    const { interactionId } = interaction;
    const done = await this.#actions.run('remove', (client) =>
      client.interaction.deleteUserData(interactionId, key).then(() => true),
    );
    if (!done) return;
    this.#edits.delete(key);
    this.#done = `Removed ${key}.`;
    this.requestUpdate();
    this.emit('wwe-user-data-deleted', { interactionId, key });
  }

  protected override render() {
    const blocked = this.#actions.blocked('interactions');
    if (blocked) return blocked;
    const interaction = this.#interaction;
    if (!interaction) return this.#actions.missingInteraction(this.interactionId);
    const keys = this.#shown(interaction.userData);
    if (!keys.length) return html`<p part="empty">No attached data this page may read.</p>`;
    return this.#renderForm(interaction.userData, keys);
  }

  #renderForm(data: KeyValues, keys: string[]) {
    const editing = this.editable.length > 0;
    const cannotSave = this.#actions.refusal('interaction.setUserData');
    const cannotRemove = this.#actions.refusal('interaction.deleteUserData');
    const blocked = Boolean(this.#actions.pending || cannotSave || !this.#edits.size);
    return html`<form novalidate @submit=${(event: Event) => {
      event.preventDefault();
      void this.#save();
    }}>
      <table part="table">
        <caption>${this.label}</caption>
        <thead><tr><th scope="col">Key</th><th scope="col">Value</th>${editing ? html`<th scope="col">Edit</th>` : nothing}</tr></thead>
        <tbody>${keys.map((key) => this.#renderRow(key, data, editing, Boolean(cannotSave), Boolean(cannotRemove)))}</tbody>
      </table>
      ${
        editing
          ? html`<button part="save" type="submit" class="primary" aria-disabled=${blocked ? 'true' : 'false'}
        aria-busy=${this.#actions.pending === 'save' ? 'true' : 'false'}>${this.#actions.pending === 'save' ? 'Saving…' : 'Save'}</button>`
          : nothing
      }
    </form>
    <span part="saved" role="status">${this.#done}</span>
    ${this.#actions.status()}${editing && cannotSave ? html`<span part="reason">${cannotSave}</span>` : nothing}
    ${editing && cannotRemove ? html`<span part="reason">${cannotRemove}</span>` : nothing}`;
  }

  #renderRow(key: string, data: KeyValues, editing: boolean, cannotSave: boolean, cannotRemove: boolean) {
    const held = key in data;
    const edit = this.#edits.get(key);
    const removable = held && !cannotRemove && !this.#actions.pending;
    const editor = html`<div class="edit">
      <input part=${edit === undefined ? 'input' : 'input edited'} name=${key} autocomplete="off" aria-label=${`New value of ${key}`}
        .value=${live(edit ?? textOf(data[key]))} ?disabled=${cannotSave}
        @input=${(event: Event) => this.#edit(key, (event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void this.#save();
          }
        }}>
      <button part="remove" type="button" aria-label=${`Remove ${key}`} aria-disabled=${removable ? 'false' : 'true'}
        @click=${() => this.#remove(key)}>Remove</button>
    </div>`;
    return html`<tr part="row" data-key=${key}>
      <th part="key" scope="row">${key}</th>
      <td part="value">${held ? textOf(data[key]) : html`<span class="unset">(not set)</span>`}</td>
      ${editing ? html`<td>${this.editable.includes(key) ? editor : nothing}</td>` : nothing}
    </tr>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-user-data-saved': CustomEvent<UserDataSavedDetail>;
    'wwe-user-data-deleted': CustomEvent<UserDataDeletedDetail>;
  }
}
