/**
 * The simulator's failure texts, in one place, so that a test can list them (packages/simulator/test/errors.test.ts)
 * and test/node/simulator-texts.test.ts can keep them here. The reference documents one,
 * `Error: Interaction not found.` (configuration.getContextualOption); the others follow its style and add what to do.
 * Tests across the repository assert many of them verbatim: a wording change is a change of behaviour.
 */

/** The reference's style for a field value `updateRecordFields` refuses; `problem` says what the field takes. */
const invalidField = (name: string, problem: string) => `Error: Invalid value for field '${name}': ${problem}.`;

export const errors = {
  // Interactions: states, capabilities, media, cases.
  interactionNotFound: () => 'Error: Interaction not found.',
  notInState: (request: string, state: string, expected: string) =>
    `Error: Operation '${request}' is not allowed in state ${state}; it needs ${expected}.`,
  notMedia: (request: string, media: string | undefined, expected: string) =>
    `Error: Operation '${request}' applies to ${expected} interactions, not ${media ?? 'unknown'} ones.`,
  caseNotFound: (caseId: string) => `Error: Case not found: '${caseId}'. Use the caseId of a current interaction.`,
  markdoneBlocked: (warningMessage: string) => `Error: Mark done is blocked: ${warningMessage}`,
  invitationFirst: (interactionId: string) =>
    `Error: Interaction '${interactionId}' is an invitation: accept or reject it first; Done comes once it is handled.`,
  unsupportedCharacters: (destination: string, allowed: string) =>
    `Error: The destination '${destination}' has characters outside expression.phone-number.supported-characters (${allowed}).`,
  consultMedia: (media: string, agentMedia: readonly string[], own: string) =>
    `Error: The consultation media '${media}' is not a media of this agent. Use one of media.getMediaList(): ${agentMedia.join(', ')}, or leave target.media out to consult in the interaction's media (${own}).`,
  /** Outbound records and calls advertise capabilities (the preview-event table): `capability` is not among them. */
  missingCapability: (request: string, state: string, capabilities: readonly string[], capability: string) =>
    `Error: Operation '${request}' is not allowed in state ${state}: the interaction's capabilities are [${capabilities.join(', ')}], without ${capability}.`,
  /** A released (IDLE) call takes no more requests but mark done. */
  notLive: (request: string, interactionId: string) =>
    `Error: Operation '${request}' needs a live interaction; interaction '${interactionId}' is IDLE (released).`,
  /** Call recording steps: `expected` are the recording states the step starts from, joined with " or ". */
  recordingState: (request: string, current: string, expected: string) =>
    `Error: Operation '${request}' is not allowed while the recording is ${current}; it needs ${expected}.`,
  /** Completing or ending a consultation takes the consultation's id, not the main interaction's. */
  notAConsultation: (request: string, interactionId: string) =>
    `Error: Operation '${request}' takes the id of a consultation; interaction '${interactionId}' is not one. Pass the id interaction.consult created.`,
  /** Scenario: a table event of another media, or one the voice call state machine raises itself. No "Error: " prefix: a scenario's refusal, not a page's. */
  tableEventRefused: (eventType: string, media: string) =>
    `Event ${eventType} cannot be raised on a ${media} interaction: it is not in that media's table${media === 'voice' ? ', or it belongs to the call state machine (answer, hold, hangUp…)' : ''}.`,

  // Outbound: campaigns, preview records, record requests.
  /** A called preview record is finished through its call (002:376-388): how, by where the call is. */
  recordCalled: (request: string, previewId: string, callId: string, callState: string) => {
    const finish =
      callState === 'IDLE'
        ? `mark call '${callId}' done (interaction.markdone)`
        : `hang up call '${callId}' (voice.hangUp), then mark it done (interaction.markdone)`;
    const why =
      request === 'outbound.callPreviewRecord'
        ? `a record is called once. To finish it, ${finish}.`
        : `a called record is no longer rejected or canceled. Give its outcome with outbound.setCallResult('${callId}', …), then ${finish}.`;
    return `Error: Operation '${request}' is not allowed: preview record '${previewId}' has been called already (call '${callId}', ${callState}), and ${why}`;
  },
  /** An outbound request on an interaction that is neither a preview record nor its call. */
  notOutbound: (interactionId: string) =>
    `Error: Interaction '${interactionId}' is not an outbound interaction. Use the id of a preview record or of its call.`,
  campaignNotFound: (name: string) => `Error: Campaign '${name}' not found. Use a name from outbound.getCampaigns().`,
  /** Preview records come only from a started campaign; `state` is the campaign's own. */
  campaignNotRunning: (name: string, state: string | undefined) =>
    `Error: Campaign '${name}' is not running (it is ${state}).`,
  /** Pull preview: outbound.preview.max-simultaneous-preview-record records at once. */
  previewLimit: (limit: number) =>
    `Error: The maximum number of simultaneous preview records (${limit}) has been reached (outbound.preview.max-simultaneous-preview-record). Mark done a record first.`,
  /** Scenario: Outbound Contact Server pushes direct push preview records only while the page has started it. */
  directPushNotStarted: () =>
    'Error: Direct push preview is not started. Call outbound.startDirectPushPreview() first.',
  /** callPreviewRecord on the call (or on another outbound interaction) rather than on its preview record. */
  notAPreviewRecord: (interactionId: string) =>
    `Error: Interaction '${interactionId}' is not a preview record. Pass the id of the preview interaction.`,
  /** `handles` are the GSW_RECORD_HANDLE of the record's chain, in order. */
  recordNotInChain: (recordHandle: number, handles: readonly unknown[]) =>
    `Error: Record ${recordHandle} not found in the chain of records (${handles.join(', ')}).`,
  /** reject / cancel without an interactionId, when no preview record is in the list. */
  noCurrentPreview: (request: string) =>
    `Error: '${request}' found no current preview record. Pass the interactionId of the record.`,
  /** "The interaction should have an active or completed call" (002:2177); `recordHandle` is the chain's first. */
  notCalledYet: (request: string, recordHandle: unknown) =>
    `Error: Operation '${request}' needs an active or completed call; record ${String(recordHandle)} has not been called yet.`,
  callResultDoNotCall: () =>
    'Error: The call result cannot be set on a record marked "Do Not Call". Remove Do Not Call first (outbound.removeDoNotCall).',
  invalidCallResult: (value: number | string) =>
    `Error: Invalid call result '${value}'. Use a value from outbound.getListOfCallResults(), e.g. 6 for BUSY.`,
  rescheduleDoNotCall: () => 'Error: A record marked "Do Not Call" cannot be rescheduled.',
  invalidRescheduleDate: (date: string) =>
    `Error: Invalid reschedule date '${date}'. Expected a real date as MM/DD/YYYY HH:MM, in the record's time zone.`,
  invalidCallbackType: (callbackType: string) =>
    `Error: Invalid callback type '${callbackType}'. Use CAMPAIGN or PERSONAL.`,
  /** The date is the customer's wall clock: the zone is shown as GSW_TZ_NAME and its offset (seconds east of UTC). */
  reschedulePast: (date: string, zoneName: string, offset: number) =>
    `Error: The reschedule date '${date}' is in the past in the record's time zone (${zoneName} ${offset >= 0 ? '+' : '-'}${new Date(Math.abs(offset) * 1000).toISOString().slice(11, 16)}).`,
  // updateRecordFields: all or nothing, the first problem found.
  unknownField: (name: string) => `Error: Unknown field '${name}'. Use a name from outbound.getRecordFields().`,
  fieldNotEditable: (name: string) => `Error: Field '${name}' is not editable.`,
  fieldMandatory: (name: string) => `Error: Field '${name}' is mandatory; it cannot be emptied.`,
  /** A value of another JavaScript type than the field's valueType (`expected`). */
  fieldValueType: (name: string, expected: string, value: unknown) =>
    invalidField(name, `expected a ${expected} (valueType), got ${value === null ? 'null' : typeof value}`),
  fieldNotInt: (name: string) => invalidField(name, 'expected a whole number (int)'),
  fieldNotFloat: (name: string) => invalidField(name, 'expected a finite number (float)'),
  fieldNotChar: (name: string) => invalidField(name, 'expected exactly one character (char)'),
  fieldNotDate: (name: string) => invalidField(name, 'expected a real date as MM/DD/YYYY HH:MM (date)'),
  fieldNotTime: (name: string) => invalidField(name, 'expected HH:MM (time)'),
  /** `options` are the enum field's keys. */
  fieldNotEnum: (name: string, options: readonly string[]) =>
    invalidField(name, `expected one of ${options.join(', ')} (enum)`),

  // Agent, media, system, configuration, auth.
  partialReady: (operationName: string) =>
    `Error: agent.setState cannot apply '${operationName}': PARTIAL_READY is the agent's state when only some channels are ready, not a state of agent.getStateList(). Set each channel with media.setState(mediaName, 'Ready'), or all of them with agent.setState('Ready').`,
  voiceLoggedOut: () =>
    "Error: The voice channel is logged out. Set it ready first, e.g. media.setState('voice', 'Ready').",
  invalidOptionPattern: (pattern: string) =>
    `Error: Invalid option pattern '${pattern}'. Use '[Section/]option', with '*' only at the end of a word, e.g. 'voice.*' or 'CustomSection/test.*'.`,
  pureCloudNotSupported: () =>
    'Error: auth.getPureCloudToken is not supported by this Workspace (it is not part of the Service Client API reference).',
  /** Without the reference's "Error: " prefix, as contract tests assert it; `names` are media.getMediaList()'s. */
  mediaNotFound: (name: string, names: readonly string[]) =>
    `Media '${name}' not found. Use a name from media.getMediaList(): ${names.join(', ')}.`,
  /** agent.setState / media.setState with an operationName its list (`source`) lacks; no "Error: " prefix, as asserted. */
  notAnOperationName: (request: string, operationName: string, source: string, operationNames: readonly string[]) =>
    `${request}: '${operationName}' is not an operationName of ${source}. Use one of: ${operationNames.join(', ')}.`,
  /** Scenario: the agent clicks a toast that is not shown. No "Error: " prefix: a scenario's refusal, not a page's. */
  toastNotOnScreen: (id: string) => `Toast '${id}' is not on screen.`,
  /** A program's mistake rather than a page's: a connected simulator reads the host's option data. */
  optionsOwnedByHost: () =>
    'Error: The simulator reads its option data from the ServiceHost it is connected to: call host.setOptions(…) instead, so the host and the simulator cannot differ.',
} as const;
