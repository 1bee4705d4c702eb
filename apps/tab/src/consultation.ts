/**
 * Completing a consultation made from this tab's interaction: while a consult
 * call (`isConsultation`, `parentInteractionId` = this interaction) is live,
 * "Complete transfer" hands the customer over and "Complete conference" joins
 * the three parties, with `interaction.completeTransfer` / `completeConference`
 * on the consultation's id.
 */
import type { ServiceClient } from '@wwe-kit/bridge';
import { describeFailure } from '@wwe-kit/elements';
import { phoneNumberOf } from '../../shared/wwe-types.js';
import type { Interaction } from '../../shared/wwe-types.js';

/** States in which Workspace completes a consultation. */
const COMPLETABLE = new Set(['TALKING', 'HELD']);
/** States in which a consultation is still under way. */
const LIVE = new Set(['DIALING', 'TALKING', 'HELD']);

type Completion = 'completeTransfer' | 'completeConference';

/** The live consultation made from `interactionId`, if any (the latest, should there be several). */
export const liveConsultationOf = (
  interactionId: string,
  interactions: readonly Interaction[],
): Interaction | undefined =>
  interactions
    .filter(
      (interaction) =>
        interaction.isConsultation && interaction.parentInteractionId === interactionId && LIVE.has(interaction.state),
    )
    .at(-1);

export class ConsultationPanel {
  readonly #client: ServiceClient;
  readonly #panel = document.getElementById('consultation')!;
  readonly #summary = document.getElementById('consultation-summary')!;
  readonly #wait = document.getElementById('consultation-wait')!;
  readonly #status = document.getElementById('consult-status')!;
  readonly #buttons: Record<Completion, HTMLButtonElement> = {
    completeTransfer: document.getElementById('complete-transfer') as HTMLButtonElement,
    completeConference: document.getElementById('complete-conference') as HTMLButtonElement,
  };
  #consultation: Interaction | undefined;
  #pending = false;

  constructor(client: ServiceClient) {
    this.#client = client;
    for (const [completion, button] of Object.entries(this.#buttons) as Array<[Completion, HTMLButtonElement]>) {
      button.addEventListener('click', () => void this.complete(completion));
    }
  }

  /** Shows the live consultation, if any; its buttons are enabled once the consulted party answered. */
  render(consultation: Interaction | undefined): void {
    this.#consultation = consultation;
    this.#panel.hidden = !consultation;
    if (!consultation) return;
    const party = phoneNumberOf(consultation) || consultation.parties?.[0]?.name || 'the consulted party';
    this.#panel.dataset['consultId'] = consultation.interactionId;
    this.#panel.dataset['state'] = consultation.state;
    this.#summary.textContent = `Consultation with ${party}: ${consultation.state}`;
    const ready = COMPLETABLE.has(consultation.state);
    this.#wait.textContent = ready ? '' : `Transfer and conference become available once ${party} answers.`;
    for (const button of Object.values(this.#buttons)) button.disabled = !ready || this.#pending;
  }

  /** Completes the consultation as a transfer or a conference; resolves once Workspace answered. */
  async complete(completion: Completion): Promise<void> {
    const consultation = this.#consultation;
    if (!consultation || this.#pending) return;
    const what = completion === 'completeTransfer' ? 'Transfer' : 'Conference';
    this.#pending = true;
    this.render(consultation);
    this.#show('pending', `${what} in progress…`);
    try {
      await this.#client.interaction[completion](consultation.interactionId);
      const party = phoneNumberOf(consultation) || 'the consulted party';
      this.#show('done', completion === 'completeTransfer' ? `Transferred to ${party}.` : `${party} joined the call.`);
    } catch (error) {
      this.#show('failed', `${what} not completed. ${describeFailure(error)}`);
    } finally {
      this.#pending = false;
      this.render(this.#consultation);
    }
  }

  /** Reports the consult made by the dial pad (its `wwe-dial` event). */
  consulted(destination: string): void {
    this.#show('consulting', `Consulting ${destination}; the customer is on hold.`);
  }

  #show(outcome: string, text: string): void {
    this.#status.dataset['outcome'] = outcome;
    this.#status.textContent = text;
  }
}
