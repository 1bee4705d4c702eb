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
  unsupportedCharacters: (destination: string, allowed: string) =>
    `Error: The destination '${destination}' has characters outside expression.phone-number.supported-characters (${allowed}).`,
  voiceLoggedOut: () => "Error: The voice channel is logged out. Set it ready first, e.g. media.setState('voice', 'Ready').",
  invalidOptionPattern: (pattern: string) =>
    `Error: Invalid option pattern '${pattern}'. Use '[Section/]option', with '*' only at the end of a word, e.g. 'voice.*' or 'CustomSection/test.*'.`,
  pureCloudNotSupported: () => 'Error: auth.getPureCloudToken is not supported by this Workspace (it is not part of the Service Client API reference).',
} as const;
