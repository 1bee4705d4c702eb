import type { CallResults, OutboundRecord } from '@wwe-kit/protocol';
import type { IdSource } from '../ids.js';

/** The call results of the reference's sample (002:2118-2170), in its order, garbled keys repaired. */
export const callResults: CallResults = {
  OK: 0,
  GENERAL_ERROR: 3,
  SYSTEM_ERROR: 4,
  BUSY: 6,
  NO_ANSWER: 7,
  SIT_DETECTED: 8,
  ANSWERING_MACHINE: 9,
  ALL_TRUNKS_BUSY: 10,
  SIT_INVALID_NUM: 11,
  SIT_VACANT: 12,
  SIT_OPERINTERCEPT: 13,
  SIT_UNKNOWN: 14,
  SIT_NO_CIRCUIT: 15,
  SIT_REORDER: 16,
  FAXDETECTED: 17,
  ABANDONED: 21,
  DROPPED: 26,
  DROPPED_NO_ANSWER: 27,
  UNKNOWN: 28,
  SILENCE: 32,
  ANSWER: 33,
  NUTONE: 34,
  NO_DIAL_TONE: 35,
  NO_PROGRESS: 36,
  NO_RINGBACK: 37,
  NO_ESTABLISHED: 38,
  PAGER_DETECTED: 39,
  WRONG_PARTY: 40,
  DIAL_ERROR: 41,
  CALL_DROP_ERROR: 42,
  SWITCH_ERROR: 43,
  NO_FREE_PORT_ERROR: 44,
  TRANSFER_ERROR: 45,
  STALE: 46,
  AGENT_CALLBACK_ERROR: 47,
  GROUP_CALLBACK_ERROR: 48,
  DO_NOT_CALL: 51,
  CANCEL_RECORD: 52,
  WRONG_NUMBER: 53,
};

/** What a scenario may say about a record to push; the rest is generated. */
export interface RecordSeed {
  readonly phone?: string;
  /** `GSW_RECORD_HANDLE`; generated (283, 284…) when left out. */
  readonly handle?: number;
  /** Seconds east of UTC (`GSW_TZ_OFFSET`), e.g. 34200 for ACT (UTC+9:30). */
  readonly tzOffset?: number;
  readonly tzName?: string;
  readonly custom?: Record<string, string | number | boolean>;
}

/**
 * A chain of records as Outbound Contact Server sends them, in the keys and
 * types of the reference's sample (002:438-508): the first is the preview
 * record, the others are chained to it (same chain id and attempt GUID).
 */
export function createChain(ids: IdSource, campaign: string, seeds: readonly RecordSeed[]): OutboundRecord[] {
  const chainId = ids.next('chain') + 1;
  const attempt = ids.callUuid();
  return seeds.map((seed, index) => {
    const handle = seed.handle ?? 283 + ids.next('record');
    return {
      Custom_Boolean: false,
      Custom_Character: 'c',
      Custom_Datetime: '2021-03-17 14:42:39',
      Custom_Float: '16.64',
      Custom_Integer: 0,
      Custom_Reference: `REF-${handle}`,
      Custom_String_with_default: 'Hi there!',
      Custom_VarChar: '',
      GSW_AGENT_ID: '+33298025000',
      GSW_APPLICATION_ID: 139,
      GSW_ATTEMPTS: 0,
      GSW_CALLING_LIST: 'Calling List Custom',
      GSW_CALLING_LIST_DBID: 101,
      GSW_CALL_ATTEMPT_GUID: attempt,
      GSW_CALL_RESULT: 28,
      GSW_CAMPAIGN_GROUP_DBID: 101,
      GSW_CAMPAIGN_GROUP_DESCRIPTION: '',
      GSW_CAMPAIGN_GROUP_NAME: `${campaign}@Agent Group Outbound`,
      GSW_CAMPAIGN_NAME: campaign,
      GSW_CHAIN_ID: chainId,
      GSW_CONTACT_MEDIA_TYPE: 'voice',
      GSW_FROM: 0,
      GSW_PHONE: seed.phone ?? `+336470${String(handle).padStart(5, '0').slice(-5)}`,
      GSW_PHONE_TYPE: 1,
      GSW_RECORD_HANDLE: handle,
      GSW_REFERENCE_ID: handle - 280,
      GSW_SWITCH_DBID: 101,
      GSW_TZ_NAME: seed.tzName ?? 'ACT',
      GSW_TZ_OFFSET: seed.tzOffset ?? 34200,
      GSW_UNTIL: 86399,
      GSW_USER_EVENT: index === 0 ? 'PreviewRecord' : 'ChainedRecord',
      GSW_CUSTOM_STRING: 'Custom message',
      InteractionSubtype: 'OutboundNew',
      InteractionType: 'Outbound',
      ...seed.custom,
    };
  });
}

/** The preview record as user data: every value a string, as in the sample (002:510-548). */
export function recordUserData(record: OutboundRecord): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value === null ? '' : String(value)]));
}
