import type { EventName, EventPayload } from './events.js';

/** The `userAgent` a page stamps on what it sends. */
export const CLIENT_USER_AGENT = 'WWE Client';
/** The `userAgent` Workspace stamps on what it sends. */
export const SERVER_USER_AGENT = 'WWE Server';
/** The protocol version of the Service Client API wire format. */
export const PROTOCOL_VERSION = 2;

/**
 * What ties an answer to its request: a string unique per page (a counter from "0"), or what the
 * page chose itself, a number too (the reference library keeps it); the host echoes it as sent.
 */
export type ReferenceId = string | number;

interface FromClient {
  referenceId: ReferenceId;
  userAgent: typeof CLIENT_USER_AGENT;
  protocolVersion: typeof PROTOCOL_VERSION;
  /** Present once the host has announced the frame's id. */
  frameId?: number | string;
}

interface FromServer {
  userAgent: typeof SERVER_USER_AGENT;
  protocolVersion: typeof PROTOCOL_VERSION;
}

/** Page → host: a request. `parameters` is absent when there are none. */
export interface RequestEnvelope extends FromClient {
  request: string;
  parameters?: unknown[];
}

/** Page → host: subscribe to one or more event names. */
export interface SubscribeEnvelope extends FromClient {
  event: 'subscribe';
  data: string | string[];
}

/** Page → host: drop a subscription. No answer is expected. */
export interface UnsubscribeEnvelope extends FromClient {
  event: 'unsubscribe';
  data: SubscriptionId;
}

export type SubscriptionId = string | number;

/** Host → page: a request succeeded. */
export interface SuccessEnvelope<T = unknown> extends FromServer {
  request: string;
  referenceId: ReferenceId;
  data: T;
}

/**
 * Host → page: a request failed. A page tells failure from success only by
 * the presence of `errorMessage`.
 */
export interface FailureEnvelope extends FromServer {
  request: string;
  referenceId?: ReferenceId;
  errorMessage: string;
}

/**
 * Host → page: the answer to a subscribe. The id is in both places: the reference library reads
 * it from the top of the envelope, older hosts put it only in `data`.
 */
export interface SubscribeAnswerEnvelope extends Partial<FromServer> {
  referenceId: ReferenceId;
  subscriptionId: SubscriptionId;
  data: { subscriptionId: SubscriptionId };
}

/** Host → page: an event. */
export interface EventEnvelope<N extends EventName = EventName> extends FromServer {
  event: N;
  data: EventPayload<N>;
}

/** Host → page: the frame's identity; neither `event` nor `referenceId`. */
export interface FrameIdEnvelope {
  frameId: number | string;
  userAgent: typeof SERVER_USER_AGENT;
}

export type ClientEnvelope = RequestEnvelope | SubscribeEnvelope | UnsubscribeEnvelope;
export type ServerEnvelope =
  SuccessEnvelope | FailureEnvelope | SubscribeAnswerEnvelope | EventEnvelope | FrameIdEnvelope;
