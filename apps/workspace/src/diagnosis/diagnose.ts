/**
 * What the shell can say about a view from what it has seen (evidence.ts): how far it got, and
 * when it stays silent or is refused, the likely causes in words. A silent view cannot be asked
 * why: a page whose bridge pins another Workspace origin posts into the void (the browser drops
 * the message in the page), so the shell reasons from what it knows: its own origin, the view's
 * origin and whether the option data accepts it.
 */
import type { ViewEvidence } from './evidence.js';

/** How long a loaded view may stay silent before the shell looks for a cause; `?diagnose-after=<ms>` changes it. */
export const DEFAULT_QUIET_MS = 5000;

/** Where a view stands. */
export type ViewHealth =
  | 'not-opened' // a popup no one has opened yet
  | 'loading'
  | 'waiting' // loaded, silent, still within the quiet period
  | 'talking'
  | 'silent' // loaded and silent past the quiet period
  | 'refused'; // it spoke, and Workspace refused at least one message

export interface ViewFacts {
  readonly label: string;
  readonly section: string;
  readonly mode: 'tab' | 'popup' | 'background' | 'hidden';
  /** The url the view was opened at, after its `$Variable$`s. */
  readonly url: string;
  /** The origin the page speaks from: the last one the browser reported for it, else its url's. */
  readonly origin: string;
  /** The shell's own origin: the one a page must pin. */
  readonly shellOrigin: string;
  /** Whether the view's origin is listed in the accepted origins at all; the filter it has, if any. */
  readonly accepted: boolean;
  readonly filters: readonly string[] | null;
  readonly evidence: ViewEvidence;
  /** For a popup: whether its window is open. */
  readonly opened: boolean;
  readonly now: number;
  readonly quietMs: number;
}

export interface Diagnosis {
  readonly health: ViewHealth;
  /** One line: where the view stands. */
  readonly headline: string;
  /** The likely causes, most likely first, each with its fix; empty when all is well. */
  readonly causes: readonly string[];
}

const ACCEPTED = 'service-client-api.accepted-web-content-origins';

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 1 : 0)} s`;

function notAcceptedCause(origin: string, accepted: boolean): string | undefined {
  if (accepted) return undefined;
  return `The page's origin ${origin} is not listed in ${ACCEPTED}, so Workspace refuses everything it asks. Add it in the interaction-workspace section, e.g. "${origin} (agent.*, interaction.*)".`;
}

/** The causes of a view that loaded and never spoke, most likely first. */
function silentCauses(facts: ViewFacts, origin: string): string[] {
  const causes: string[] = [];
  const notAccepted = notAcceptedCause(origin, facts.accepted);
  if (notAccepted) causes.push(notAccepted);
  causes.push(
    `The page may pin another Workspace origin. This Workspace is ${facts.shellOrigin}; a bridge or page built for another origin (WWE_ORIGIN, or the bridge's hostOrigin) posts its messages nowhere, and the browser only logs "The target origin provided … does not match the recipient window's origin" in the page's console. Build the page with WWE_ORIGIN=${facts.shellOrigin}, or let the bridge infer the origin.`,
    `The page may load no client library, or never use it: it must load wwe-service-client-api.js, @wwe-kit/bridge or the wwe-kit script, and make a request or subscribe when it starts.`,
  );
  if (facts.evidence.ignored > 0 && facts.evidence.lastIgnored)
    causes.push(`It posted messages Workspace does not understand: ${facts.evidence.lastIgnored.text}`);
  return causes;
}

/** Where a view stands and, when something is wrong, why it may be. */
export function diagnose(facts: ViewFacts): Diagnosis {
  const { evidence, now, quietMs } = facts;
  const { origin } = facts;
  if (facts.mode === 'popup' && !facts.opened && evidence.loadedAt === undefined)
    return { health: 'not-opened', headline: 'Not opened yet: open it from its button.', causes: [] };
  if (evidence.refused > 0 && evidence.lastRefusal) {
    const causes = [`Last refusal: ${evidence.lastRefusal.text}`];
    const notAccepted = notAcceptedCause(origin, facts.accepted);
    if (notAccepted) causes.unshift(notAccepted);
    const plural = evidence.refused === 1 ? 'message' : 'messages';
    return {
      health: 'refused',
      headline: `Workspace refused ${evidence.refused} ${plural} of ${evidence.received} from this view.`,
      causes,
    };
  }
  if (evidence.firstMessageAt !== undefined) {
    const afterLoad = evidence.loadedAt === undefined ? 0 : evidence.firstMessageAt - evidence.loadedAt;
    const when = afterLoad > 0 ? ` ${seconds(afterLoad)} after loading` : ' as it started';
    return { health: 'talking', headline: `Talking to Workspace: first message${when}.`, causes: [] };
  }
  if (evidence.loadedAt === undefined) return { health: 'loading', headline: 'Loading…', causes: [] };
  const silentFor = now - evidence.loadedAt;
  if (silentFor < quietMs) return { health: 'waiting', headline: 'Loaded; waiting for its first message.', causes: [] };
  return {
    health: 'silent',
    headline: `Loaded ${seconds(silentFor)} ago and has sent Workspace nothing.`,
    causes: silentCauses(facts, origin),
  };
}

/** The quiet period the shell's url asks for (`?diagnose-after=<ms>`), or the default. */
export function quietPeriod(search: string): number {
  const asked = Number(new URLSearchParams(search).get('diagnose-after'));
  return Number.isFinite(asked) && asked > 0 ? asked : DEFAULT_QUIET_MS;
}
