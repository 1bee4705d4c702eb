/**
 * What the Playwright fixture's matchers ask the shell (`wweShell.expectations.wait`), and what the
 * shell answers: the contract between the page and the fixture, plain data both ways.
 */

/** JSON-like data, as expected parameters and event data are written. */
export type ExpectedData = null | boolean | number | string | ExpectedData[] | { [key: string]: ExpectedData };

/**
 * A request a view should send: its name (a catalogue name or alias), the view's option section,
 * the parameters it starts with (a deep partial match; `null` in a list matches anything), and how
 * Workspace answered it.
 */
export interface ExpectedRequest {
  readonly request: string;
  readonly from?: string;
  readonly parameters?: readonly ExpectedData[];
  readonly outcome?: 'answered' | 'refused' | 'failed';
}

/** An event a view should hear: its name, the view's section, its eventType, interaction and data (partial). */
export interface ExpectedEvent {
  readonly event: string;
  readonly to?: string;
  readonly eventType?: string;
  readonly interactionId?: string;
  readonly data?: { readonly [key: string]: ExpectedData };
}

/** A request or an event a test waits for. */
export type TrafficExpectation = ExpectedRequest | ExpectedEvent;

/** Where a view stands, as the shell's Views panel says it. */
export interface ViewDiagnosisText {
  /** The view's option section and label. */
  readonly view: string;
  readonly headline: string;
  /** The likely causes, most likely first, each with its fix. */
  readonly causes: readonly string[];
}

/** What the shell answers a matcher. */
export interface TrafficVerdict {
  /** Whether a message matched. */
  readonly found: boolean;
  /** The match in words, or what was seen instead. */
  readonly text: string;
  /** Every refusal of the view's requests (of all views when none is named), word for word. */
  readonly refusals: readonly string[];
  /** The diagnosis of the view named by `from` or `to` (each of its live views). */
  readonly diagnoses: readonly ViewDiagnosisText[];
}
