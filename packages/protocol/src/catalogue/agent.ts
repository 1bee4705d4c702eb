import { optional, param, type Catalogue } from './spec.js';

/** Agent and media namespaces. */
export const agentRequests = {
  'agent.get': { summary: "Gets the agent's attributes.", params: [], result: 'Agent' },
  'agent.getState': { summary: "Gets the agent's state.", params: [], result: 'State' },
  'agent.getStateList': { summary: 'Gets the list of possible agent states.', params: [], result: 'State[]' },
  'agent.setState': {
    summary: "Sets the agent's state to an operationName from the state list.",
    params: [param('stateOperationName', 'string')],
    result: 'void',
  },
  'media.getMediaList': { summary: 'Gets the list of media with attributes.', params: [], result: 'Media[]' },
  'media.getMediaByName': { summary: 'Gets the media attributes.', params: [param('name', 'string')], result: 'Media' },
  'media.setState': {
    summary: 'Sets the media state to an operationName from the state list.',
    params: [param('name', 'string'), param('stateOperationName', 'string')],
    result: 'void',
  },
} as const satisfies Catalogue;

/** Configuration, email, auth and messenger namespaces. */
export const smallNamespaceRequests = {
  'configuration.getOption': {
    summary: 'Gets options from [interaction-workspace] or a named section; a trailing * is a wildcard.',
    params: [param('options', 'optionNames')],
    result: 'OptionValues',
  },
  'configuration.getContextualOption': {
    summary: 'Gets options as overridden for this interaction by a routing strategy.',
    params: [param('options', 'optionNames'), param('interactionId', 'string')],
    result: 'OptionValues',
  },
  'email.create': {
    summary: 'Creates a new empty email.',
    params: [param('destination', 'string'), optional('userData', 'keyValues')],
    result: 'void',
  },
  'auth.getJwtToken': {
    summary: 'Gets the JWT access token of the session. Allowed only where named explicitly in the origin filters.',
    params: [],
    result: 'JwtToken',
    explicitOnly: true,
  },
  'auth.getPureCloudToken': {
    summary: 'Called by the shipped sample page; Workspace answers it only where it is configured.',
    params: [],
    result: 'unknown',
    source: 'client',
    explicitOnly: true,
  },
  'messenger.broadcastMessage': {
    summary: 'Sends a message to every web application subscribed to messenger:<channel>.',
    params: [param('channel', 'string'), param('message', 'json')],
    result: 'void',
    answeredBy: 'host',
  },
} as const satisfies Catalogue;
