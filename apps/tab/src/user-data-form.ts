/**
 * The form that edits the keys the agent may change (`editableKeys`) with
 * `interaction.setUserData`. Only changed keys are sent, so one key Workspace
 * will not let this view write never blocks another; a refusal is shown as
 * Workspace words it.
 */
import type { ServiceClient } from '@wwe-kit/bridge';
import { describeFailure } from '@wwe-kit/elements';
import { crmKeys, customers, editableKeys } from '../../shared/customers.js';
import { valueText } from './interaction-summary.js';
import type { Interaction, KeyValues } from '../../shared/wwe-types.js';

/** Labels for the keys, the CRM_ prefix being for administrators, not agents. */
const labelOf = (key: string): string => key.replace(/^CRM_/, '').replace(/([a-z])([A-Z])/g, '$1 $2');

/** What the status line says happened, as `data-outcome`. */
type Outcome = 'pending' | 'saved' | 'unchanged' | 'refused' | 'failed' | 'blocked';

export class UserDataForm {
  readonly #form: HTMLFormElement;
  readonly #status: HTMLElement;
  readonly #client: ServiceClient;
  readonly #interactionId: string;
  readonly #inputs = new Map<string, HTMLInputElement>();
  /** The values the interaction holds, as last shown: what "changed" is measured against. */
  #saved: KeyValues = {};
  #pending = false;
  #blockedReason = '';

  constructor(client: ServiceClient, interactionId: string, form: HTMLFormElement) {
    this.#client = client;
    this.#interactionId = interactionId;
    this.#form = form;
    this.#status = form.querySelector<HTMLElement>('#edit-status')!;
    const fields = form.querySelector('.fields')!;
    for (const key of editableKeys) {
      const label = document.createElement('label');
      label.htmlFor = `field-${key}`;
      label.textContent = labelOf(key);
      const input = document.createElement('input');
      Object.assign(input, { id: `field-${key}`, name: key, autocomplete: 'off' });
      if (key === crmKeys.tier) input.setAttribute('list', 'tiers');
      fields.append(label, input);
      this.#inputs.set(key, input);
    }
    const tiers = [...new Set(customers.map((customer) => customer.tier))];
    form.querySelector('#tiers')!.replaceChildren(...tiers.map((tier) => Object.assign(document.createElement('option'), { value: tier })));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
  }

  /**
   * Shows the interaction's current values in the fields the agent has not edited,
   * and disables the form with `blockedReason` when this view may not write.
   */
  render(interaction: Interaction, blockedReason: string): void {
    for (const [key, input] of this.#inputs) {
      const previous = valueText(this.#saved[key]);
      if (input.value === previous) input.value = valueText(interaction.userData[key]);
    }
    this.#saved = { ...interaction.userData };
    if (blockedReason !== this.#blockedReason) {
      this.#blockedReason = blockedReason;
      if (blockedReason) this.#show('blocked', blockedReason);
      else if (this.#status.dataset['outcome'] === 'blocked') this.#show(undefined, '');
    }
    this.#enable();
  }

  /** Sends the changed keys; resolves once Workspace answered. */
  async save(): Promise<void> {
    if (this.#pending || this.#blockedReason) return;
    const changes = Object.fromEntries([...this.#inputs]
      .filter(([key, input]) => input.value !== valueText(this.#saved[key]))
      .map(([key, input]) => [key, input.value]));
    const keys = Object.keys(changes);
    if (!keys.length) {
      this.#show('unchanged', 'Nothing to save: the fields hold the values the interaction already has.');
      return;
    }
    this.#pending = true;
    this.#enable();
    this.#show('pending', `Saving ${keys.join(', ')}…`);
    try {
      await this.#client.interaction.setUserData(this.#interactionId, changes);
      this.#show('saved', `Saved ${keys.join(', ')}.`);
    } catch (error) {
      const failure = error as { code?: string };
      this.#show(failure.code === 'not-allowed' ? 'refused' : 'failed', `Not saved. ${describeFailure(error)}`);
    } finally {
      this.#pending = false;
      this.#enable();
    }
  }

  #enable(): void {
    const disabled = this.#pending || Boolean(this.#blockedReason);
    for (const control of this.#form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = disabled;
    this.#form.setAttribute('aria-busy', String(this.#pending));
  }

  #show(outcome: Outcome | undefined, text: string): void {
    if (outcome) this.#status.dataset['outcome'] = outcome;
    else delete this.#status.dataset['outcome'];
    this.#status.textContent = text;
  }
}
