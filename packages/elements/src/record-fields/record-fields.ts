import type { Field } from '@wwe-kit/protocol';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeFailure } from '../shared/errors.js';
import { formStyles, messageStyles } from '../shared/styles.js';
import { MISSING_PROVIDER, StoreController } from '../store/controller.js';
import { fieldValue, renderField } from './fields.js';

/** The detail of `wwe-fields-saved`. */
export interface FieldsSavedDetail {
  /** The fields sent, with the values Workspace accepted. */
  readonly changes: Record<string, string | number | boolean | null>;
}

/**
 * The fields of an outbound record (`outbound.getRecordFields`) as inputs typed by their
 * fieldType and valueType. Mandatory and editable rules are checked before one
 * `outbound.updateRecordFields` carrying the changed fields only.
 *
 * @tag wwe-record-fields
 * @summary Edit the fields of an outbound record.
 *
 * @attr interaction-id - The outbound interaction (the preview or its call) whose record to show.
 *
 * @prop {string} interactionId - See `interaction-id`.
 * @prop {Field[]} fields - The fields shown (read-only).
 *
 * @fires {CustomEvent<FieldsSavedDetail>} wwe-fields-saved - Workspace accepted an update.
 *
 * @csspart fields - The grid of fields.
 * @csspart field - One field with its label.
 * @csspart field-input - The input of a field.
 * @csspart error - Why the fields could not be loaded or saved.
 *
 * @cssprop --wwe-record-fields-column - Minimum width of a column of fields. Default 14em.
 */
export class WweRecordFieldsElement extends LitElement {
  static override styles = [messageStyles, formStyles, css`
    :host { display: block; font: var(--wwe-font, inherit); color-scheme: light dark; --wwe-record-fields-column: 14em; }
    [part='fields'] { display: grid; grid-template-columns: repeat(auto-fill, minmax(var(--wwe-record-fields-column), 1fr)); gap: 0.5em; }
    [part='field'] label { display: block; font-size: 0.875em; }
    [part='field-input'] { inline-size: 100%; }
  `];

  @property({ attribute: 'interaction-id' }) interactionId = '';
  @state() fields: Field[] = [];
  @state() private pending = false;
  @state() private error = '';
  readonly #store = new StoreController(this, ['allowedServices']);
  #loadedFor = '';

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.#store.client;
    if (!client || !this.interactionId || this.#loadedFor === this.interactionId) return;
    const id = (this.#loadedFor = this.interactionId);
    // Another record: its fields replace the last one's, and a late answer for an old id is dropped.
    this.fields = [];
    this.error = '';
    client.outbound.getRecordFields(id).then(
      (fields) => { if (this.interactionId === id) this.fields = fields; },
      (failure: unknown) => { if (this.interactionId === id) this.error = describeFailure(failure); },
    );
  }

  /** Checks the form against each field's rules, then sends the editable changes in one update. */
  async save(form: HTMLFormElement): Promise<boolean> {
    const client = this.#store.client;
    const changes: FieldsSavedDetail['changes'] = {};
    for (const field of this.fields.filter((entry) => entry.isEditable)) {
      const input = form.elements.namedItem(field.name) as HTMLInputElement | HTMLSelectElement | null;
      const read = fieldValue(field, input?.value ?? '');
      if ('problem' in read) {
        this.error = read.problem;
        input?.focus();
        return false;
      }
      if (String(read.value ?? '') !== String(field.value ?? '')) changes[field.name] = read.value;
    }
    const id = this.interactionId;
    if (!client || !Object.keys(changes).length) return true;
    this.pending = true;
    this.error = '';
    try {
      await client.outbound.updateRecordFields(id, changes);
      const fields = await client.outbound.getRecordFields(id);
      if (this.interactionId === id) this.fields = fields;
      this.dispatchEvent(new CustomEvent<FieldsSavedDetail>('wwe-fields-saved', { detail: { changes }, bubbles: true, composed: true }));
      return true;
    } catch (failure) {
      this.error = describeFailure(failure);
      return false;
    } finally {
      this.pending = false;
    }
  }

  protected override render() {
    if (this.#store.missingProvider) return html`<span part="error" role="alert">${MISSING_PROVIDER}</span>`;
    const blocked = this.pending || !this.fields.length || this.#store.store?.allows('outbound.updateRecordFields') === false;
    return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); void this.save(event.target as HTMLFormElement); }}>
<div part="fields">${this.fields.map((field, index) => renderField(field, `field-${index}`))}</div>
<p><button type="submit" ?disabled=${blocked} aria-busy=${this.pending ? 'true' : 'false'}>Save fields</button></p>
</form><span part="error" role="alert">${this.error || nothing}</span>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-fields-saved': CustomEvent<FieldsSavedDetail>;
  }
}
