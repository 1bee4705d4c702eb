import type { Field, Interaction } from '@wwe-kit/protocol';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ActionController } from '../shared/action-controller.js';
import { WweElement } from '../shared/wwe-element.js';
import { fieldValue, renderField } from './fields.js';
import { recordFieldsStyles } from './record-fields.styles.js';
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
 * @csspart reason - Why saving is disabled on this page.
 *
 * @cssprop --wwe-record-fields-column - Minimum width of a column of fields. Default 14em.
 *
 * @cssstate pending - An action of the element waits for Workspace's answer (`wwe-record-fields:state(pending)`).
 */
export class WweRecordFieldsElement extends WweElement {
  static override styles = recordFieldsStyles;

  /** An interaction of the record to show; '' for the record the agent is working on. */
  @property({ attribute: 'interaction-id' }) interactionId = '';
  @state() private shownFields: Field[] = [];
  // The interactions tell whether an id is an outbound record at all, and which record to follow without one.
  readonly #actions = new ActionController(this, ['allowedServices', 'interactions']);
  readonly #scope = new RecordScope();
  #loadedFor = '';

  /** The fields shown. */
  get fields(): Field[] {
    return this.shownFields;
  }

  /** The record interaction whose fields are shown. */
  get record(): Interaction | undefined {
    return this.#scope.pick(this.#actions.store?.get('interactions') ?? [], this.interactionId);
  }

  protected override willUpdate(): void {
    const record = this.record;
    this.#scope.follow(record);
    const id = record?.interactionId ?? '';
    if (!this.#actions.client || this.#loadedFor === id) return;
    this.#loadedFor = id;
    // Another record, or none: its fields replace the last one's, and a late answer for an old id is dropped.
    this.shownFields = [];
    this.#actions.error = '';
    if (id) void this.#load(id);
  }

  async #load(id: string): Promise<void> {
    const fields = await this.#actions.run('load', (client) => client.outbound.getRecordFields(id));
    if (this.#loadedFor !== id) {
      // An answer for a record no longer shown: neither its fields nor its failure are this record's.
      if (!fields) this.#actions.error = '';
      return;
    }
    if (fields) this.shownFields = fields;
  }

  /** Checks the form against each field's rules, then sends the editable changes in one update. */
  async #save(form: HTMLFormElement): Promise<void> {
    const changes: FieldsSavedDetail['changes'] = {};
    for (const field of this.shownFields.filter((entry) => entry.isEditable)) {
      const input = form.elements.namedItem(field.name) as HTMLInputElement | HTMLSelectElement | null;
      const read = fieldValue(field, input?.value ?? '');
      if ('problem' in read) {
        this.#actions.error = read.problem;
        this.requestUpdate();
        input?.focus();
        return;
      }
      if (String(read.value ?? '') !== String(field.value ?? '')) changes[field.name] = read.value;
    }
    const id = this.#loadedFor;
    if (!id || !Object.keys(changes).length) return;
    const fields = await this.#actions.run('save', async (client) => {
      await client.outbound.updateRecordFields(id, changes);
      return client.outbound.getRecordFields(id);
    });
    if (!fields) return;
    if (this.#loadedFor === id) this.shownFields = fields;
    this.emit('wwe-fields-saved', { changes });
  }

  protected override render() {
    const store = this.#actions.store;
    // Without the interactions there is no telling whose record an id is: say why nothing is shown.
    const unavailable = this.#actions.blocked('interactions');
    if (unavailable) return unavailable;
    if (!this.#loadedFor)
      return html`<p part="empty">${store?.status('interactions') === 'ready' ? 'No outbound record.' : 'Loading…'}</p>`;
    const pending = this.#actions.pending === 'save';
    const refusal = this.#actions.refusal('outbound.updateRecordFields');
    const blocked = Boolean(this.#actions.pending) || !this.shownFields.length || Boolean(refusal);
    return html`<form novalidate @submit=${(event: Event) => {
      event.preventDefault();
      void this.#save(event.target as HTMLFormElement);
    }}>
<div part="fields">${this.shownFields.map((field, index) => renderField(field, `field-${index}`))}</div>
<p><button type="submit" ?disabled=${blocked} aria-busy=${pending ? 'true' : 'false'}>Save fields</button></p>
</form>${this.#actions.status(refusal)}`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-fields-saved': CustomEvent<FieldsSavedDetail>;
  }
}
