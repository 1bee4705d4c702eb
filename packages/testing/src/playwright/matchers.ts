/**
 * The matchers on `workspace.traffic`: `toHaveRequest`, `toHaveBeenRefused`, `toHaveEvent`. Each waits
 * in the page (event-driven, up to the expect timeout) and, when nothing comes, fails with the cause:
 * what was seen instead, the refusals word for word, and the Views panel's diagnosis of the view.
 */
import { expect as base, type ExpectMatcherState, type MatcherReturnType } from '@playwright/test';
import type { EventName, RequestName } from '@wwe-kit/protocol';
import type { ExpectedData, TrafficExpectation, TrafficVerdict } from '../shell/expectations.js';
import { WorkspaceTraffic } from './traffic.js';

/** What `toHaveRequest` looks for besides the name. */
export interface RequestExpectation {
  /** The view's option section. */
  readonly from?: string;
  /** The first parameters (a deep partial match; `null` in the list matches anything). */
  readonly parameters?: readonly ExpectedData[];
  /** How Workspace answered it. */
  readonly outcome?: 'answered' | 'refused' | 'failed';
  /** Milliseconds to wait (0: look once, now); default the expect timeout. */
  readonly timeout?: number;
}

/** What `toHaveEvent` looks for besides the name. */
export interface EventExpectation {
  /** The view's option section. */
  readonly to?: string;
  /** The event's `eventType`, e.g. `EVENT_INTERACTION_ADDED`. */
  readonly eventType?: string;
  /** The interaction the event is about. */
  readonly interaction?: string;
  /** The event's data (a deep partial match). */
  readonly data?: { readonly [key: string]: ExpectedData };
  /** Milliseconds to wait (0: look once, now); default the expect timeout. */
  readonly timeout?: number;
}

const brief = (value: unknown) => JSON.stringify(value) ?? '';

/** The failure message's account of why: what was seen, the refusals, the view's diagnosis. */
export function explainVerdict(verdict: TrafficVerdict): string {
  const lines = [verdict.text];
  if (verdict.refusals.length) lines.push('Refusals:', ...verdict.refusals.map((refusal) => `  - ${refusal}`));
  for (const diagnosis of verdict.diagnoses) {
    lines.push(`Views panel on ${diagnosis.view}: ${diagnosis.headline}`);
    lines.push(...diagnosis.causes.map((cause) => `  - ${cause}`));
  }
  return lines.join('\n');
}

async function check(
  state: ExpectMatcherState,
  name: string,
  traffic: unknown,
  expected: TrafficExpectation,
  what: string,
  timeout: number | undefined,
): Promise<MatcherReturnType> {
  if (!(traffic instanceof WorkspaceTraffic))
    throw new Error(`${name} works on workspace.traffic (the fixture's), got ${brief(traffic)?.slice(0, 80)}.`);
  // Negated, nothing waits: what has not happened yet now passes; otherwise it waits for the match.
  const wait = state.isNot ? 0 : (timeout ?? state.timeout);
  const verdict = await traffic.wait(expected, wait);
  return {
    name,
    pass: verdict.found,
    expected,
    timeout: wait,
    message: () =>
      verdict.found
        ? `Expected no ${what}, but: ${verdict.text}`
        : `Expected ${what} within ${wait} ms; none came.\n${explainVerdict(verdict)}`,
  };
}

const from = (view: string | undefined) => (view === undefined ? '' : ` from ${view}`);
const args = (parameters: readonly unknown[] | undefined) =>
  parameters === undefined ? '' : `(${brief(parameters).slice(1, -1)})`;

/** `expect` with the traffic matchers; everything else is Playwright's. */
export const expect = base.extend({
  /** A view sent the request (with these parameters, answered this way) within the timeout. */
  async toHaveRequest(
    this: ExpectMatcherState,
    traffic: WorkspaceTraffic,
    request: RequestName,
    options: RequestExpectation = {},
  ) {
    const { timeout, ...rest } = options;
    const words = `${request}${args(rest.parameters)}${from(rest.from)}${rest.outcome ? `, ${rest.outcome}` : ''}`;
    return check(this, 'toHaveRequest', traffic, { request, ...rest }, `a request ${words}`, timeout);
  },
  /** A view sent the request and Workspace refused it (origin, filter, allowlist or rate limit). */
  async toHaveBeenRefused(
    this: ExpectMatcherState,
    traffic: WorkspaceTraffic,
    request: RequestName,
    options: Omit<RequestExpectation, 'outcome'> = {},
  ) {
    const { timeout, ...rest } = options;
    const words = `${request}${args(rest.parameters)}${from(rest.from)} to be refused`;
    return check(
      this,
      'toHaveBeenRefused',
      traffic,
      { request, ...rest, outcome: 'refused' },
      `a request ${words}`,
      timeout,
    );
  },
  /** A view heard the event (of this type, about this interaction, with this data) within the timeout. */
  async toHaveEvent(
    this: ExpectMatcherState,
    traffic: WorkspaceTraffic,
    event: EventName,
    options: EventExpectation = {},
  ) {
    const { timeout, interaction, ...rest } = options;
    const expected = { event, ...rest, ...(interaction === undefined ? {} : { interactionId: interaction }) };
    const words = `${event}${rest.eventType ? ` ${rest.eventType}` : ''}${rest.to ? ` to ${rest.to}` : ''}`;
    return check(this, 'toHaveEvent', traffic, expected, `an event ${words}`, timeout);
  },
});
