import type { Interaction, JsonValue, StateType } from './objects.js';

/**
 * The eventType values of the event tables, as data. Interaction events are
 * grouped as the reference groups them; chat and email inherit open media.
 */
export const interactionEventTypes = {
  common: [
    'UNKNOWN',
    'ADDED',
    'REMOVED',
    'ATTACHED_DATA_CHANGED',
    'CASE_OR_BUNDLE_ID_CHANGED',
    'CASE_ID_CHANGED',
    'NEW_MESSAGE',
    'ERROR',
    'CONTACT_CHANGED',
  ],
  voice: ['CALL_RECORDING_STATE_CHANGED', 'DIALING', 'ESTABLISHED', 'HELD', 'PARTY_CHANGED', 'RELEASED', 'RINGING'],
  openMedia: [
    'ACCEPTED',
    'COMPLETED',
    'COMPOSING',
    'CREATED',
    'INSERT_STANDARD_RESPONSE',
    'INVITED',
    'INVITED_CONFERENCE',
    'IN_QUEUE_FAILED',
    'IN_WORKBIN',
    'IN_WORKBIN_FAILED',
    'LEFT_CONFERENCE',
    'PULLED',
    'PULL_FAILED',
    'PULL_WORKBIN_FAILED',
    'REVOKED',
    'TRANSFER_COMPLETED',
  ],
  chat: ['CANCELED', 'ENDED', 'JOIN_FAILED', 'JOIN_PENDING'],
  email: ['CANCELLED', 'SENT'],
  /** The outbound preview-event table, and the chain-of-records event. */
  outbound: ['PREVIEWING', 'MARKDONE_APPLIED', 'STATE_CHANGED', 'RECORDS_RETRIEVED'],
  /** Sent by `selectCaseByCaseId`. */
  case: ['CASE_EXPANDED', 'CASE_SELECTED'],
} as const;

type Groups = typeof interactionEventTypes;
/** Every interaction eventType. */
export type InteractionEventType = Groups[keyof Groups][number];

export const agentEventTypes = ['STATE_CHANGED'] as const;
export const systemEventTypes = ['CUSTOM_TOAST_BUTTON_CLICK', 'REALTIME_CONNECTION'] as const;
export const campaignEventTypes = ['CampaignLoaded', 'CampaignUnloaded', 'CampaignStarted', 'CampaignStopped'] as const;
export const realtimeConnectionStates = ['DISCONNECTED', 'RECONNECTED', 'DOWN'] as const;
export const frameStates = ['LEADING', 'FOLLOWING', 'NEGOTIATING'] as const;

/** The event names a page can subscribe to, besides `messenger:<channel>`. */
export const eventNames = ['agent', 'media', 'interaction', 'system', 'outbound', 'markdone'] as const;

/** `agent` event: the agent's state changed (`mediaState` is the new State type). */
export interface AgentStateChangedEvent {
  eventType: 'STATE_CHANGED';
  mediaState: StateType;
  reason?: string;
  reasonCode?: string;
}

/** `media` event: one media's state changed. */
export interface MediaStateChangedEvent extends Omit<AgentStateChangedEvent, 'eventType'> {
  eventType: 'STATE_CHANGED';
  media: string;
}

/** `interaction` event carrying the interaction (every type but the case ones below). */
export interface InteractionChangeEvent {
  eventType: Exclude<InteractionEventType, 'CASE_ID_CHANGED' | 'CASE_EXPANDED' | 'CASE_SELECTED'>;
  media?: string;
  interaction: Interaction;
}

/** `interaction` event: the case id of an interaction changed (leader tab). */
export interface CaseIdChangedEvent {
  eventType: 'CASE_ID_CHANGED';
  caseId: string;
  previousCaseId: string;
}

/** `interaction` event: a case was expanded or selected. */
export interface CaseSelectionEvent {
  eventType: 'CASE_EXPANDED' | 'CASE_SELECTED';
  selectedCaseId: string;
}

export type InteractionEvent = InteractionChangeEvent | CaseIdChangedEvent | CaseSelectionEvent;

/** `system` event: a button of a custom toast was clicked (index from 0). */
export interface ToastButtonClickEvent {
  eventType: 'CUSTOM_TOAST_BUTTON_CLICK';
  customToastId: string;
  buttonIndex: number;
}

/** `system` event: the real-time connection with Genesys Web Services changed. */
export interface RealtimeConnectionEvent {
  eventType: 'REALTIME_CONNECTION';
  state: (typeof realtimeConnectionStates)[number];
}

/** `system` event without eventType: the browser tab's election state. */
export interface FrameStateEvent {
  frameState: (typeof frameStates)[number];
}

export type SystemEvent = ToastButtonClickEvent | RealtimeConnectionEvent | FrameStateEvent;

/** `outbound` event: a campaign was loaded, unloaded, started (with its mode) or stopped. */
export interface CampaignEvent {
  eventType: (typeof campaignEventTypes)[number];
  campaign: string;
  /** On CampaignStarted, e.g. "Predictive GVP". */
  mode?: string;
}

/** `markdone` event: mark done was requested on an interaction whose mark done is blocked. */
export interface MarkdoneEvent {
  interactionId: string;
  warningMessage?: string;
  [key: string]: JsonValue | undefined;
}

/** Payload types by event name. */
export interface EventPayloads {
  agent: AgentStateChangedEvent;
  media: MediaStateChangedEvent;
  interaction: InteractionEvent;
  system: SystemEvent;
  outbound: CampaignEvent;
  markdone: MarkdoneEvent;
}

/**
 * Messenger channel payloads. Declare yours by augmentation to type them:
 * `declare module '@wwe-kit/protocol' { interface MessengerChannels { 'caller-lookup': { name: string } } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessengerChannels {}

/** Every event name: the fixed ones and `messenger:<channel>`. */
export type EventName = keyof EventPayloads | `messenger:${string}`;

/** The `data` of an event, by name. An undeclared messenger channel carries any JSON value. */
export type EventPayload<N extends EventName> = N extends keyof EventPayloads
  ? EventPayloads[N]
  : N extends `messenger:${infer Channel}`
    ? Channel extends keyof MessengerChannels
      ? MessengerChannels[Channel]
      : JsonValue
    : never;

/** Whether a string is an event name a page may subscribe to. */
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' &&
  ((eventNames as readonly string[]).includes(name) || (name.startsWith('messenger:') && name.length > 10));
