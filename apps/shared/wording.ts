/**
 * The protocol's constants as a person reads them, for the shell's desk and the apps alike: media,
 * call types and interaction states. A constant Workspace adds later still reads as words.
 */

/** "NO_ANSWER" → "No answer": a constant as words, never broken inside one. */
export function words(constant: string): string {
  const text = constant.replace(/_/g, ' ').toLowerCase().trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const callTypes: Record<string, string> = {
  INBOUND: 'Inbound',
  OUTBOUND: 'Outbound',
  INTERNAL: 'Internal',
  CONSULT: 'Consultation',
  UNKNOWN: 'Unknown',
  OUTBOUND_PREVIEW: 'Outbound · preview',
  OUTBOUND_PUSH_PREVIEW: 'Outbound · push preview',
};

/** A call type in words, e.g. "Outbound · push preview". */
export const callTypeLabel = (callType: string): string => callTypes[callType] ?? words(callType);

const states: Record<string, string> = {
  TALKING: 'Connected',
  HELD: 'On hold',
  PREVIEWING: 'Previewing record',
  INVITED: 'Offered',
};

/** An interaction state in words ("RINGING" → "Ringing", "TALKING" → "Connected"). */
export const stateLabel = (state: string): string => states[state] ?? words(state);

const media: Record<string, string> = { voice: 'Call', chat: 'Chat', email: 'Email', workitem: 'Work item' };

/** The media of an interaction in words ("voice" → "Call"). */
export const mediaLabel = (name: string): string => media[name] ?? words(name);

/** Whether a call type is an outbound preview record's. */
export const isPreviewCallType = (callType: string | undefined): boolean => /PREVIEW/.test(callType ?? '');
