/**
 * Requests paired with their answers as the log takes them in: a request (or subscribe) waits under
 * its frame and referenceId until an answer of the same frame and referenceId arrives. Each step costs
 * the same however many entries the log holds.
 */
import { answeringKinds, askingKinds, type LoggedMessage } from './traffic-entry.js';

/** Where a request and its answer meet: the frame and the referenceId the answer echoes. */
const pairKey = (entry: LoggedMessage) =>
  entry.referenceId === undefined ? undefined : `${entry.frameId ?? '-'} ${entry.referenceId}`;

export class Pairing {
  readonly #pending = new Map<string, LoggedMessage>();
  readonly #partners = new Map<number, LoggedMessage>();

  /** The request an answer answers, or the answer a request got; undefined when there is none (yet). */
  partnerOf(entry: LoggedMessage): LoggedMessage | undefined {
    return this.#partners.get(entry.seq);
  }

  /** Whether a request still waits for its answer. */
  isPending(entry: LoggedMessage): boolean {
    const key = pairKey(entry);
    return key !== undefined && this.#pending.get(key) === entry;
  }

  /** Takes in a new entry: a request waits; an answer meets the request it answers, if it waits. */
  add(logged: LoggedMessage): void {
    const key = pairKey(logged);
    if (key === undefined) return;
    if (askingKinds.has(logged.kind)) this.#pending.set(key, logged);
    else if (answeringKinds.has(logged.kind)) {
      const request = this.#pending.get(key);
      if (!request) return;
      this.#pending.delete(key);
      this.#partners.set(request.seq, logged);
      this.#partners.set(logged.seq, request);
      // A subscribe's answer names nothing itself: it is the answer to 'subscribe'.
      if (!logged.name) Object.assign(logged, { name: request.name, search: `${request.name}\n${logged.search}` });
    }
  }

  /** Forgets an entry the log dropped, and its partner's link to it. */
  drop(entry: LoggedMessage): void {
    const key = pairKey(entry);
    if (key !== undefined && this.#pending.get(key) === entry) this.#pending.delete(key);
    const partner = this.#partners.get(entry.seq);
    if (partner) this.#partners.delete(partner.seq);
    this.#partners.delete(entry.seq);
  }

  clear(): void {
    this.#pending.clear();
    this.#partners.clear();
  }
}
