import type { Interaction } from '@wwe-kit/protocol';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ActionController } from '../shared/action-controller.js';
import { WweElement } from '../shared/wwe-element.js';
import { callRecordingStyles } from './call-recording.styles.js';

/** The recording state of a call (`recordingState` of a voice Interaction). */
export type RecordingState = NonNullable<Interaction['recordingState']>;
/** What the agent can do to a call's recording. */
export type RecordingAction = 'start' | 'pause' | 'resume' | 'stop';

/** The detail of `wwe-recording-change`. */
export interface RecordingChangeDetail {
  readonly interactionId: string;
  readonly action: RecordingAction;
  /** The state the action leads to. */
  readonly recordingState: RecordingState;
}

/** Each action: its request, the states it applies in, and the state it leads to. */
const ACTIONS = {
  start: { request: 'voice.startCallRecording', from: ['STOPPED'], to: 'RECORDING', label: 'Start' },
  pause: { request: 'voice.pauseCallRecording', from: ['RECORDING'], to: 'PAUSED', label: 'Pause' },
  resume: { request: 'voice.resumeCallRecording', from: ['PAUSED'], to: 'RECORDING', label: 'Resume' },
  stop: { request: 'voice.stopCallRecording', from: ['RECORDING', 'PAUSED'], to: 'STOPPED', label: 'Stop' },
} as const;
const ORDER = Object.keys(ACTIONS) as RecordingAction[];

const STATE_WORDS: Record<RecordingState, string> = {
  STOPPED: 'Not recording',
  RECORDING: 'Recording',
  PAUSED: 'Recording paused',
};
/** The call states in which Workspace records: connected, on hold or not. */
const CONNECTED = ['TALKING', 'HELD'];

/**
 * The recording state of one voice call (`recordingState`: STOPPED, RECORDING or PAUSED), kept
 * current from the call's CALL_RECORDING_STATE_CHANGED events, with Start, Pause, Resume and
 * Stop (`voice.startCallRecording`, `pauseCallRecording`, `resumeCallRecording`,
 * `stopCallRecording`). Each button is enabled only when its action applies: Start when stopped,
 * Pause when recording, Resume when paused, Stop when recording or paused; only while the call is
 * connected (TALKING or HELD); and only when Workspace allows the page the request
 * (`system.getAllowedServices`), with the reason shown otherwise. Disabled buttons stay focusable
 * (`aria-disabled`), so keyboard focus stays put when the state changes.
 *
 * @tag wwe-call-recording
 * @summary Start, pause, resume and stop the recording of a call.
 *
 * @attr interaction-id - The voice call whose recording is shown.
 * @attr recording-state - Reflects the call's recording state (`STOPPED`, `RECORDING`, `PAUSED`), for styling.
 *
 * @prop {string} interactionId - The voice call whose recording is shown.
 * @prop {RecordingState | undefined} recordingState - The call's recording state, reflected as `recording-state` (read-only).
 *
 * @fires {CustomEvent<RecordingChangeDetail>} wwe-recording-change - Workspace accepted a start, pause, resume or stop.
 *
 * @csspart state - The recording state, in words, with its indicator.
 * @csspart indicator - The dot coloured by the recording state.
 * @csspart actions - The group of buttons.
 * @csspart start - The Start button.
 * @csspart pause - The Pause button.
 * @csspart resume - The Resume button.
 * @csspart stop - The Stop button.
 * @csspart empty - The line shown while there is no call to show (loading, not found, not a call).
 * @csspart error - Why the last action failed, or why the interactions could not be read.
 * @csspart reason - Why an action is not available here.
 *
 * @cssprop --wwe-call-recording-recording - Indicator colour while recording.
 * @cssprop --wwe-call-recording-paused - Indicator colour while paused.
 * @cssprop --wwe-call-recording-stopped - Indicator colour while not recording.
 *
 * @cssstate pending - An action of the element waits for Workspace's answer (`wwe-call-recording:state(pending)`).
 */
export class WweCallRecordingElement extends WweElement {
  static override styles = callRecordingStyles;

  @property({ attribute: 'interaction-id' }) interactionId = '';
  @property({ attribute: 'recording-state', reflect: true }) recordingState: RecordingState | undefined;

  readonly #actions = new ActionController(this, ['allowedServices', 'interactions']);

  get #call(): Interaction | undefined {
    return this.#actions.store
      ?.get('interactions')
      ?.find((interaction) => interaction.interactionId === this.interactionId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Only this call's changes wake the element, not every other interaction's.
    if (changed.has('interactionId')) this.#actions.followInteraction(this.interactionId);
    this.recordingState = this.#call?.recordingState;
  }

  /** Why `action` cannot run on `call` now, for the user; '' when it can. */
  #blocked(action: RecordingAction, call: Interaction): string {
    const { request, from } = ACTIONS[action];
    if (this.#actions.pending) return 'busy';
    if (!CONNECTED.includes(call.state)) return 'not connected';
    if (!(from as readonly string[]).includes(call.recordingState ?? '')) return 'not now';
    return this.#actions.refusal(request) ?? '';
  }

  async #act(action: RecordingAction): Promise<void> {
    const call = this.#call;
    if (!call || this.#blocked(action, call)) return;
    const { interactionId } = call;
    const { request, to } = ACTIONS[action];
    const done = await this.#actions.run(action, async (client) => {
      await client.request(request, [interactionId]);
      return true;
    });
    if (done) this.emit('wwe-recording-change', { interactionId, action, recordingState: to });
  }

  protected override render() {
    const blocked = this.#actions.blocked('interactions');
    if (blocked) return blocked;
    const call = this.#call;
    if (!call) return this.#actions.missingInteraction(this.interactionId);
    if (!call.recordingState)
      return html`<p part="empty">Interaction ${call.interactionId} is not a call: it has no recording.</p>`;
    return this.#renderCall(call, call.recordingState);
  }

  #renderCall(call: Interaction, state: RecordingState) {
    const refusals = [
      ...new Set(ORDER.map((action) => this.#actions.refusal(ACTIONS[action].request)).filter(Boolean)),
    ];
    const pending = this.#actions.pending;
    return html`
      <div part="state" role="status"><span part="indicator"></span>${STATE_WORDS[state]}</div>
      <div part="actions" role="group" aria-label="Call recording" aria-busy=${pending ? 'true' : 'false'}>
        ${ORDER.map(
          (
            action,
          ) => html`<button part=${action} type="button" aria-disabled=${this.#blocked(action, call) ? 'true' : 'false'}
          @click=${() => this.#act(action)}>${pending === action ? `${ACTIONS[action].label}…` : ACTIONS[action].label}</button>`,
        )}
      </div>
      ${
        CONNECTED.includes(call.state)
          ? nothing
          : html`<span part="reason">The recording can be changed while the call is connected (TALKING or HELD); it is ${call.state}.</span>`
      }
      ${this.#actions.status()}${refusals.map((refusal) => html`<span part="reason">${refusal}</span>`)}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-recording-change': CustomEvent<RecordingChangeDetail>;
  }
}
