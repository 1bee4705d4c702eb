import { nullable, param, type Catalogue } from './spec.js';

const interactionId = param('interactionId', 'string');
const transferParams = [
  interactionId,
  param('targetQuery', 'targetQuery'),
  nullable('userData', 'keyValues'),
  nullable('extensions', 'keyValues'),
] as const;

/** Interaction namespace. */
export const interactionRequests = {
  'interaction.completeConference': {
    summary: 'Completes a conference.',
    params: [param('consultInteractionId', 'string')],
    result: 'void',
  },
  'interaction.completeTransfer': {
    summary: 'Completes a transfer.',
    params: [param('consultInteractionId', 'string')],
    result: 'void',
  },
  'interaction.consult': { summary: 'Makes a consultation interaction.', params: transferParams, result: 'void' },
  'interaction.deleteUserData': {
    summary: 'Deletes a key from the attached data (write allowlist applies).',
    params: [interactionId, param('key', 'string')],
    result: 'void',
    writesUserData: { parameter: 1 },
  },
  'interaction.getByInteractionId': {
    summary: 'Gets an interaction by its unique identifier, or null.',
    params: [interactionId],
    result: 'Interaction|null',
  },
  'interaction.getInteractions': { summary: 'Gets all the interactions.', params: [], result: 'Interaction[]' },
  'interaction.selectCaseByCaseId': {
    summary: 'Selects the case in the UI by case identifier.',
    params: [param('caseId', 'string')],
    result: 'void',
  },
  'interaction.setUserData': {
    summary: 'Sets user data on a live interaction, overwriting existing keys (write allowlist applies).',
    params: [interactionId, param('keyValues', 'keyValues')],
    result: 'void',
    writesUserData: { parameter: 1 },
  },
  'interaction.markdone': { summary: 'Marks the interaction done.', params: [interactionId], result: 'void' },
  'interaction.blockMarkdone': {
    summary: 'Blocks mark done on the interaction, with a warning message.',
    params: [interactionId, param('warningMessage', 'string')],
    result: 'void',
  },
  'interaction.singleStepConference': {
    summary: 'Makes a single-step conference.',
    params: transferParams,
    result: 'void',
  },
  'interaction.singleStepTransfer': {
    summary: 'Makes a single-step transfer.',
    params: transferParams,
    result: 'void',
  },
  'interaction.unblockMarkdone': {
    summary: 'Unblocks mark done on the interaction.',
    params: [interactionId],
    result: 'void',
  },
  'interaction.accept': { summary: 'Accepts a ringing interaction.', params: [interactionId], result: 'void' },
  'interaction.reject': { summary: 'Rejects a ringing interaction.', params: [interactionId], result: 'void' },
} as const satisfies Catalogue;
