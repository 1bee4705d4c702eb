/** What one line of the inspector says about a message: its time, kind, status and name, in words. */
import type { TrafficLog } from '../traffic-log.js';
import { kindWords, type LoggedKind, type LoggedMessage } from './traffic-entry.js';

export type MessageStatus = 'answered' | 'refused' | 'failed' | 'ignored' | 'pending' | 'no answer' | 'sent';

/** The status an answer of this kind gives its request. */
const answerStatus: Partial<Record<LoggedKind, MessageStatus>> = {
  answer: 'answered',
  refusal: 'refused',
  error: 'failed',
  ignored: 'ignored',
};

/**
 * A request or subscribe shows its answer's status (pending while none came, no answer when none will:
 * an unsubscribe, or a request whose referenceId a later one reused); an answer its own; an event was sent.
 */
export function statusOf(log: TrafficLog, entry: LoggedMessage): MessageStatus {
  switch (entry.kind) {
    case 'request':
    case 'subscribe': {
      const answer = log.partnerOf(entry);
      if (answer) return answerStatus[answer.kind] ?? 'answered';
      return log.isPending(entry) ? 'pending' : 'no answer';
    }
    case 'unsubscribe':
      return 'no answer';
    case 'invalid':
      return 'refused';
    case 'ignored-in':
      return 'ignored';
    default:
      return answerStatus[entry.kind] ?? 'sent';
  }
}

const two = (value: number) => String(value).padStart(2, '0');

/** hh:mm:ss.mmm, local time. */
export function clockTime(time: number): string {
  const date = new Date(time);
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

/** The kind as a person reads it, with its direction: → from the view, ← to it. */
export function kindText(entry: LoggedMessage): string {
  const arrow = entry.direction === 'in' ? '→' : '←';
  return `${arrow} ${kindWords[entry.kind].word}`;
}

/** The request or event, with an event's type: `interaction · ADDED`. */
export function nameText(entry: LoggedMessage): string {
  if (entry.kind === 'frame-id') return 'frame id announced';
  if (entry.kind === 'ignored-in') return entry.ignored?.reason.replace(/-/g, ' ') ?? 'ignored';
  const name = entry.name || '(no name)';
  return entry.eventType ? `${name} · ${entry.eventType}` : name;
}

/** The view, for people: its label, never its frame number. */
export const viewText = (entry: LoggedMessage): string => entry.label || entry.section || 'unknown window';

/** A duration in milliseconds, to a tenth below 100 ms. */
export const durationText = (ms: number): string => (ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);
