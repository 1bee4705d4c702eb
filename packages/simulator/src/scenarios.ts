import type { Contact, InteractionChangeEvent, KeyValues } from '@wwe-kit/protocol';
import { raiseTableEvent } from './interactions/table-events.js';
import type { WorkspaceSimulator } from './simulator.js';
import type { RecordSeed } from './outbound/records.js';

/**
 * What happens to the agent without the agent asking: the shell's scenario
 * panel and the tests drive the simulator through these. Each answers the
 * interaction id it created, where there is one.
 */
export class Scenarios {
  readonly #simulator: WorkspaceSimulator;

  constructor(simulator: WorkspaceSimulator) {
    this.#simulator = simulator;
  }

  /** A call rings for the agent, from `ani`, with attached data. */
  inboundCall(ani: string, userData: KeyValues = {}): string {
    return this.#simulator.voice.inbound({ ani, userData }).interaction.interactionId;
  }

  /** A chat invitation. */
  chat(from: string, userData: KeyValues = {}, contact?: Contact): string {
    return this.#simulator.openMedia.arrive({ media: 'chat', from, userData, ...(contact ? { contact } : {}) })
      .interaction.interactionId;
  }

  /** An inbound email. */
  email(from: string, userData: KeyValues = {}, contact?: Contact): string {
    return this.#simulator.openMedia.arrive({ media: 'email', from, userData, ...(contact ? { contact } : {}) })
      .interaction.interactionId;
  }

  /** The customer hangs up a call (RELEASED), or leaves a chat (ENDED). */
  customerHangUp(interactionId: string): void {
    const record = this.#simulator.interactions.get(interactionId);
    if (record.media === 'chat') this.#simulator.openMedia.endChat(interactionId);
    else this.#simulator.voice.release(interactionId, 'customerHangUp');
  }

  /** The dialled party answers now instead of after `dialAnswerMs`. */
  remoteAnswer(interactionId: string): void {
    this.#simulator.voice.remoteAnswer(interactionId);
  }

  /** A ringing call goes unanswered (RONA). */
  ringNoAnswer(interactionId: string): void {
    this.#simulator.voice.ringNoAnswer(interactionId);
  }

  /** A campaign is loaded, and started in `mode` when one is given. */
  campaign(name: string, mode?: string): void {
    this.#simulator.campaigns.load(name);
    if (mode) this.#simulator.campaigns.start(name, mode);
  }

  /** A Push Preview campaign pushes a record to the agent. */
  pushPreview(campaign: string, chain?: RecordSeed[]): string {
    return this.#simulator.previews.push(campaign, chain).interaction.interactionId;
  }

  /** Outbound Contact Server sends a direct push preview record (after startDirectPushPreview). */
  directPushPreview(campaign: string, chain?: RecordSeed[]): string {
    return this.#simulator.previews.directPushRecord(campaign, chain).interaction.interactionId;
  }

  /** The real-time connection drops (DOWN after a minute) or comes back. */
  realtime(connected: boolean): void {
    if (connected) this.#simulator.views.reconnect();
    else this.#simulator.views.disconnect();
  }

  /** Any event of the reference's interaction tables on an interaction (IN_WORKBIN, REVOKED, CASE_ID_CHANGED…). */
  interactionEvent(interactionId: string, eventType: InteractionChangeEvent['eventType'] | 'CASE_ID_CHANGED'): void {
    raiseTableEvent(this.#simulator.runtime, this.#simulator.interactions, interactionId, eventType);
  }

  /** The agent clicks a toast button (its index in `buttons`). */
  clickToast(toastId: string, buttonIndex: number): void {
    this.#simulator.toasts.click(toastId, buttonIndex);
  }
}
