import { optional, param, type Catalogue } from './spec.js';

const interactionId = param('interactionId', 'string');
const recordHandle = param('recordHandle', 'number');
const onRecord = (summary: string) => ({ summary, params: [interactionId], result: 'void' }) as const;
const noArgs = (summary: string) => ({ summary, params: [], result: 'void' }) as const;

/** Outbound namespace. */
export const outboundRequests = {
  'outbound.getCampaigns': {
    summary: 'Gets the outbound campaigns (loaded or active) of the agent.',
    params: [],
    result: 'Campaign[]',
  },
  'outbound.getPreviewRecord': {
    summary: 'Gets a preview record of the campaign from Outbound Contact Server.',
    params: [param('campaignName', 'string')],
    result: 'void',
  },
  'outbound.callPreviewRecord': {
    summary: 'Calls the preview record; recordHandle is the record of the chain to dial.',
    params: [interactionId, recordHandle],
    result: 'void',
  },
  // The reference gives these two no parameters; the shipped client sends [interactionId].
  'outbound.rejectPreviewRecord': {
    summary: 'Rejects a pull, push or direct push preview record (the current one when no id is given).',
    params: [optional('interactionId', 'string')],
    result: 'void',
  },
  'outbound.cancelPreviewRecord': {
    summary: 'Cancels a pull, push or direct push preview record (the current one when no id is given).',
    params: [optional('interactionId', 'string')],
    result: 'void',
  },
  'outbound.startDirectPushPreview': noArgs(
    'Asks Outbound Contact Server to start sending direct push preview records.',
  ),
  'outbound.stopDirectPushPreview': noArgs('Asks Outbound Contact Server to stop sending direct push preview records.'),
  'outbound.getListOfCallResults': {
    summary: 'Gets the call results available in Workspace: name → value.',
    params: [],
    result: 'CallResults',
  },
  'outbound.setCallResult': {
    summary: 'Sets the call result of the interaction; fails where Do Not Call is set.',
    params: [interactionId, param('callResult', 'callResult')],
    result: 'void',
  },
  'outbound.getCallResult': {
    summary: 'Gets the call result of the interaction.',
    params: [interactionId],
    result: 'number',
  },
  'outbound.setDoNotCall': onRecord('Marks the interaction Do Not Call.'),
  'outbound.removeDoNotCall': onRecord('Removes Do Not Call from the interaction.'),
  'outbound.rescheduleRecord': {
    summary: "Reschedules the record; rescheduleDate is 'MM/DD/YYYY HH:MM' in the record's time zone.",
    params: [interactionId, recordHandle, param('rescheduleDate', 'string'), param('callbackType', 'string')],
    result: 'void',
  },
  'outbound.cancelReschedule': onRecord('Removes the schedule information from the record.'),
  'outbound.getChainedRecords': {
    summary: 'Gets the chained records of the interaction.',
    params: [interactionId],
    result: 'ChainedRecords[]',
  },
  'outbound.getRecordFields': {
    summary: 'Gets the outbound fields of the interaction, with their mandatory and editable flags.',
    params: [interactionId],
    result: 'Field[]',
  },
  'outbound.updateRecordFields': {
    summary: 'Updates outbound fields; fails when a value breaks its type or mandatory rule.',
    params: [interactionId, param('recordData', 'recordData')],
    result: 'void',
  },
} as const satisfies Catalogue;
