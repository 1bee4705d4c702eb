import type { BackendHandlers } from '@wwe-kit/host';
import type { Interaction, KeyValues } from '@wwe-kit/protocol';
import type { AgentModel } from '../agent/agent.js';
import { errors } from '../errors.js';
import type { Runtime } from '../runtime.js';
import type { InteractionRecord, InteractionStore } from './store.js';
import { checkPhoneNumber, destinationOf, keyValues, type Destination } from './targets.js';

/** How the simulated phone network behaves. */
export interface VoiceSetup {
  /** Milliseconds before a dialled party answers (simulator clock); 0: only `remoteAnswer()` does. Default 3000. */
  readonly dialAnswerMs?: number;
  /** Destinations that are agents of the contact centre: their calls are INTERNAL. Default: 4 digits from 5. */
  readonly internalNumbers?: RegExp;
}

export interface InboundCall {
  readonly ani: string;
  readonly userData?: KeyValues;
  readonly dnis?: string;
  readonly callType?: 'INBOUND' | 'INTERNAL';
}

const RECORDING_STEPS = {
  'voice.startCallRecording': { from: ['STOPPED'], to: 'RECORDING' },
  'voice.pauseCallRecording': { from: ['RECORDING'], to: 'PAUSED' },
  'voice.resumeCallRecording': { from: ['PAUSED'], to: 'RECORDING' },
  'voice.stopCallRecording': { from: ['RECORDING', 'PAUSED'], to: 'STOPPED' },
} as const;

/**
 * Voice calls: inbound RINGING → TALKING ↔ HELD → IDLE, outbound DIALING →
 * TALKING, RONA, recording, SIP endpoint mute. Each step raises the event
 * the reference names after it (ADDED first, with the current state).
 */
export class VoiceModel {
  readonly #runtime: Runtime;
  readonly #store: InteractionStore;
  readonly #agent: AgentModel;
  readonly #setup: Required<VoiceSetup>;
  readonly mute = { microphone: false, speaker: false };

  constructor(runtime: Runtime, store: InteractionStore, agent: AgentModel, setup: VoiceSetup = {}) {
    this.#runtime = runtime;
    this.#store = store;
    this.#agent = agent;
    this.#setup = { dialAnswerMs: setup.dialAnswerMs ?? 3000, internalNumbers: setup.internalNumbers ?? /^5\d{3}$/ };
  }

  #callFields(direction: 'IN' | 'OUT', callType: string, party: string): Partial<Interaction> {
    const callUuid = this.#runtime.ids.callUuid();
    return {
      direction,
      callType,
      callUuid,
      interactionUUID: callUuid,
      connId: this.#runtime.ids.hex(16),
      recordingState: 'STOPPED',
      parties: [{ name: party }],
    };
  }

  /** Scenario: a call rings for the agent. */
  inbound(call: InboundCall): InteractionRecord {
    const record = this.#store.create('voice', {
      state: 'RINGING',
      userData: { ...call.userData },
      ani: call.ani,
      dnis: call.dnis ?? this.#agent.media('voice')?.device?.number,
      ...this.#callFields('IN', call.callType ?? 'INBOUND', call.ani),
    });
    this.#store.raise(record, 'ADDED');
    this.#store.raise(record, 'RINGING');
    return record;
  }

  /**
   * `voice.dial` / `voice.dialEx`, a voice consultation, a preview record's call: an outbound call
   * that the remote party answers after `dialAnswerMs`. Only a phone-number destination (a string,
   * or a CUSTOM_CONTACT target) is held to `expression.phone-number.supported-characters`.
   */
  dial(
    target: Destination,
    userData: KeyValues | null = {},
    extensions: KeyValues | null = {},
    fields: Partial<Interaction> = {},
  ): InteractionRecord {
    checkPhoneNumber(this.#runtime, target);
    const destination = destinationOf(target);
    if (this.#agent.media('voice')?.state.type === 'LOGOUT') this.#runtime.fail(errors.voiceLoggedOut());
    const callType = this.#setup.internalNumbers.test(destination) ? 'INTERNAL' : 'OUTBOUND';
    const record = this.#store.create('voice', {
      state: 'DIALING',
      userData: keyValues(userData),
      dnis: destination,
      ...this.#callFields('OUT', callType, destination),
      ...fields,
    });
    record.extensions = keyValues(extensions);
    this.#store.raise(record, 'ADDED');
    this.#store.raise(record, 'DIALING');
    if (this.#setup.dialAnswerMs > 0)
      record.cancel.push(
        this.#runtime.clock.after(this.#setup.dialAnswerMs, () => this.remoteAnswer(record.interaction.interactionId)),
      );
    return record;
  }

  /** Scenario: the dialled party answers. */
  remoteAnswer(interactionId: string): void {
    const record = this.#voice(interactionId, 'remoteAnswer');
    if (record.interaction.state === 'DIALING') this.#store.transition(record, 'TALKING', 'ESTABLISHED');
  }

  answer(interactionId: string, request = 'voice.answer'): void {
    this.#store.transition(this.expectAnswer(interactionId, request), 'TALKING', 'ESTABLISHED');
  }

  /** The ringing call `answer` would answer; fails as it would, without answering (the desk asks first). */
  expectAnswer(interactionId: string, request = 'voice.answer'): InteractionRecord {
    const record = this.#voice(interactionId, request);
    this.#store.expectState(record, request, 'RINGING');
    return record;
  }

  hold(interactionId: string): void {
    const record = this.#voice(interactionId, 'voice.hold');
    this.#store.expectState(record, 'voice.hold', 'TALKING');
    this.#store.expectCapability(record, 'voice.hold', 'HOLD');
    this.#store.transition(record, 'HELD', 'HELD');
  }

  /** The reference names no event for a resume; the call is established again, so ESTABLISHED. */
  resume(interactionId: string): void {
    const record = this.#voice(interactionId, 'voice.resume');
    this.#store.expectState(record, 'voice.resume', 'HELD');
    this.#store.transition(record, 'TALKING', 'ESTABLISHED');
  }

  /** `voice.hangUp`, or the customer hanging up (scenario): RELEASED, the call IDLE until marked done. */
  release(interactionId: string, request = 'voice.hangUp'): void {
    const record = this.#voice(interactionId, request);
    this.#store.expectState(record, request, 'TALKING', 'HELD', 'DIALING', 'RINGING');
    this.#store.expectCapability(record, request, 'HANGUP');
    for (const cancel of record.cancel.splice(0)) cancel();
    this.#store.transition(record, 'IDLE', 'RELEASED');
  }

  /** Scenario: a ringing call the agent did not answer (RONA). */
  ringNoAnswer(interactionId: string, ronaCallState: 'NO_ANSWER' | 'REDIRECTED' = 'NO_ANSWER'): void {
    const record = this.#voice(interactionId, 'ringNoAnswer');
    this.#store.expectState(record, 'ringNoAnswer', 'RINGING');
    this.#store.transition(record, 'IDLE', 'RELEASED', { ronaCallState });
  }

  #recording(request: keyof typeof RECORDING_STEPS, interactionId: string): void {
    const record = this.#voice(interactionId, request);
    this.#store.expectState(record, request, 'TALKING', 'HELD');
    const step = RECORDING_STEPS[request];
    const current = record.interaction.recordingState ?? 'STOPPED';
    if (!(step.from as readonly string[]).includes(current)) {
      this.#runtime.fail(errors.recordingState(request, current, step.from.join(' or ')));
    }
    record.interaction.recordingState = step.to;
    this.#store.raise(record, 'CALL_RECORDING_STATE_CHANGED');
  }

  #voice(interactionId: string, request: string): InteractionRecord {
    const record = this.#store.get(interactionId);
    this.#store.expectMedia(record, request, 'voice');
    return record;
  }

  handlers() {
    const void_ = (action: () => void) => {
      action();
    };
    return {
      'voice.answer': ([id]) => void_(() => this.answer(id)),
      // dial takes null for "none", as the reference library sends it.
      'voice.dial': ([destination, userData]) => void_(() => this.dial(destination, userData)),
      'voice.dialEx': ([destination, userData, extensions]) =>
        void_(() => this.dial(destination, userData, extensions)),
      'voice.hangUp': ([id]) => void_(() => this.release(id)),
      'voice.hold': ([id]) => void_(() => this.hold(id)),
      'voice.resume': ([id]) => void_(() => this.resume(id)),
      'voice.startCallRecording': ([id]) => void_(() => this.#recording('voice.startCallRecording', id)),
      'voice.pauseCallRecording': ([id]) => void_(() => this.#recording('voice.pauseCallRecording', id)),
      'voice.resumeCallRecording': ([id]) => void_(() => this.#recording('voice.resumeCallRecording', id)),
      'voice.stopCallRecording': ([id]) => void_(() => this.#recording('voice.stopCallRecording', id)),
      'voice.isMicrophoneMute': () => this.mute.microphone,
      'voice.muteMicrophone': () =>
        void_(() => {
          this.mute.microphone = true;
        }),
      'voice.unmuteMicrophone': () =>
        void_(() => {
          this.mute.microphone = false;
        }),
      'voice.isSpeakerMute': () => this.mute.speaker,
      'voice.muteSpeaker': () =>
        void_(() => {
          this.mute.speaker = true;
        }),
      'voice.unmuteSpeaker': () =>
        void_(() => {
          this.mute.speaker = false;
        }),
    } satisfies Partial<BackendHandlers>;
  }
}
