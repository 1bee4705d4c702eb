/**
 * The simulator's failure texts, in one place. The reference documents one,
 * `Error: Interaction not found.` (configuration.getContextualOption); the
 * others follow its style and add what to do.
 */
export const errors = {
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
  partialReady: (operationName: string) =>
    `Error: agent.setState cannot apply '${operationName}': PARTIAL_READY is the agent's state when only some channels are ready, not a state of agent.getStateList(). Set each channel with media.setState(mediaName, 'Ready'), or all of them with agent.setState('Ready').`,
  voiceLoggedOut: () =>
    "Error: The voice channel is logged out. Set it ready first, e.g. media.setState('voice', 'Ready').",
  invalidOptionPattern: (pattern: string) =>
    `Error: Invalid option pattern '${pattern}'. Use '[Section/]option', with '*' only at the end of a word, e.g. 'voice.*' or 'CustomSection/test.*'.`,
  pureCloudNotSupported: () =>
    'Error: auth.getPureCloudToken is not supported by this Workspace (it is not part of the Service Client API reference).',
} as const;
