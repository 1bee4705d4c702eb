import type { Field, Interaction } from '@wwe-kit/protocol';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeFailure } from '../shared/errors.js';
import { formStyles, messageStyles } from '../shared/styles.js';
import { MISSING_PROVIDER, StoreController } from '../store/controller.js';
import { fieldValue, renderField } from './fields.js';
import { RecordScope } from './record-scope.js';

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
 * Whose record. A record is its preview interaction and, once called, the call placed from it (in the
 * preview's case); the fields are asked of the latest of the two. Inbound, internal, consultation and
 * hand-dialled calls advertise no capabilities and are never taken for a record.
 * - With `interaction-id`: that interaction's record only; for any other interaction, an inbound call
 *   say, the element shows its empty state and asks Workspace nothing.
 * - Without it: the record the agent is working on, that is the one already shown while any
 *   interaction of it remains, then the latest record delivered. A record arriving meanwhile does not
 *   replace the one shown.
 *
 * @tag wwe-record-fields
 * @summary Edit the fields of an outbound record.
 *
 * @attr interaction-id - An interaction of the record to show (its preview or its call); without it, the record the agent is working on.
 *
 * @prop {string} interactionId - An interaction of the record to show (its preview or its call); '' for the record the agent is working on. Set by `interaction-id`.
 * @prop {Field[]} fields - The fields shown (read-only).
 * @prop {Interaction | undefined} record - The record interaction whose fields are shown (read-only).
 *
 * @fires {CustomEvent<FieldsSavedDetail>} wwe-fields-saved - Workspace accepted an update.
 *
 * @csspart fields - The grid of fields.
 * @csspart field - One field with its label.
 * @csspart field-input - The input of a field.
 * @csspart empty - The line shown while there is no record to show.
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

  /** An interaction of the record to show; '' for the record the agent is working on. */
  @property({ attribute: 'interaction-id' }) interactionId = '';
  @state() fields: Field[] = [];
  @state() private pending = false;
  @state() private error = '';
  // The interactions tell whether an id is an outbound record at all, and which record to follow without one.
  readonly #store = new StoreController(this, ['allowedServices', 'interactions']);
  readonly #scope = new RecordScope();
  #loadedFor = '';

  /** The record interaction whose fields are shown. */
  get record(): Interaction | undefined {
    return this.#scope.pick(this.#store.store?.get('interactions') ?? [], this.interactionId);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.#store.client;
    const record = this.record;
    this.#scope.follow(record);
    const id = record?.interactionId ?? '';
    if (!client || this.#loadedFor === id) return;
    this.#loadedFor = id;
    // Another record, or none: its fields replace the last one's, and a late answer for an old id is dropped.
    this.fields = [];
    this.error = '';
    if (!id) return;
    client.outbound.getRecordFields(id).then(
      (fields) => { if (this.#loadedFor === id) this.fields = fields; },
      (failure: unknown) => { if (this.#loadedFor === id) this.error = describeFailure(failure); },
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
    const id = this.#loadedFor;
    if (!client || !id || !Object.keys(changes).length) return true;
    this.pending = true;
    this.error = '';
    try {
      await client.outbound.updateRecordFields(id, changes);
      const fields = await client.outbound.getRecordFields(id);
      if (this.#loadedFor === id) this.fields = fields;
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
    const store = this.#store.store;
    if (this.#store.missingProvider) return html`<span part="error" role="alert">${MISSING_PROVIDER}</span>`;
    // Without the interactions there is no telling whose record an id is: say why nothing is shown.
    if (store?.status('interactions') === 'error') return html`<span part="error" role="alert">${describeFailure(store.error('interactions'))}</span>`;
    if (!this.#loadedFor) return html`<p part="empty">${store?.status('interactions') === 'ready' ? 'No outbound record.' : 'Loading…'}</p>`;
    const blocked = this.pending || !this.fields.length || store?.allows('outbound.updateRecordFields') === false;
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
