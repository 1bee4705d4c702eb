/**
 * What the desk shows a person instead of the protocol's constants and ids: call types, states,
 * media, call results, reschedules, the party of an interaction, and the confirmations of what a
 * view did to an outbound record.
 */
import type { Interaction } from '@wwe-kit/protocol';
import { callResults } from '@wwe-kit/simulator';
import { customers } from '../../../shared/customers.js';
import { phoneNumberOf } from '../../../shared/wwe-types.js';
import { mediaLabel, words } from '../../../shared/wording.js';

export { callTypeLabel, mediaLabel, stateLabel, words } from '../../../shared/wording.js';

const resultNames: Record<string, string> = {
  OK: 'OK',
  SIT_INVALID_NUM: 'Invalid number',
  SIT_VACANT: 'Vacant number',
  SIT_OPERINTERCEPT: 'Operator intercept',
  FAXDETECTED: 'Fax detected',
  NUTONE: 'NU tone',
};

/** A call result's name for its number ("6" → "Busy"), or the number said to be unknown. */
export function callResultName(value: number): string {
  const entry = Object.entries(callResults).find(([, number]) => number === value);
  return entry ? (resultNames[entry[0]] ?? words(entry[0])) : `an unlisted call result (${value})`;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A reschedule as words: "4 May 2031 10:15 (personal callback)"; the date is the API's "MM/DD/YYYY HH:MM". */
export function scheduleText(schedule: { readonly date: string; readonly callbackType: string }): string {
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(schedule.date.trim());
  const month = parts ? months[Number(parts[1]) - 1] : undefined;
  const when =
    parts && month
      ? `${Number(parts[2])} ${month} ${parts[3]} ${parts[4]!.padStart(2, '0')}:${parts[5]}`
      : schedule.date;
  return `${when} (${schedule.callbackType === 'PERSONAL' ? 'personal callback' : 'campaign callback'})`;
}

/** Who an interaction is with, worded: the sample CRM's name for a known number, else the number or the contact. */
export function partyOf(interaction: Interaction): { readonly name: string; readonly number: string | undefined } {
  const number = phoneNumberOf(interaction) || undefined;
  const known =
    number === undefined
      ? undefined
      : customers.find((customer) => customer.phones.includes(number.replace(/[\s()-]/g, '')));
  const name = known?.name ?? interaction.contact?.displayName ?? number ?? interaction.parties?.[0]?.name;
  return {
    name: name ?? `${mediaLabel(interaction.media ?? 'interaction')} ${interaction.interactionId}`,
    number: known || interaction.contact?.displayName ? number : undefined,
  };
}

/** The record an outbound confirmation names: its handle and phone number. */
export interface RecordLabel {
  readonly handle: unknown;
  readonly phone: unknown;
}

const recordText = (record: RecordLabel) =>
  `record ${String(record.handle)}${record.phone === undefined ? '' : ` (${String(record.phone)})`}`;

/** The confirmation shown when a view sets a record's call result. */
export const callResultConfirmation = (record: RecordLabel, value: number): string =>
  `Call result for ${recordText(record)} set to ${callResultName(value)}.`;

/** The confirmation shown when a view reschedules a record, or cancels its reschedule. */
export const rescheduleConfirmation = (
  record: RecordLabel,
  schedule: { readonly date: string; readonly callbackType: string } | undefined,
): string =>
  schedule
    ? `Record ${recordText(record).slice('record '.length)} rescheduled to ${scheduleText(schedule)}.`
    : `Reschedule of ${recordText(record)} cancelled.`;
