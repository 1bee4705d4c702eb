import {
  canonicalRequestName,
  isExplicitOnly,
  namespaceOf,
  notAllowedMessage,
  requestNames,
  type RequestName,
} from '@wwe-kit/protocol';
import { optionNames } from '../settings.js';
import { parseAcceptedOrigins, type OriginRule } from './origins.js';

/** How Workspace shows a web-content view. */
export const frameModes = ['tab', 'popup', 'background', 'hidden', 'workspace-tab', 'dialog'] as const;
/**
 * `tab`, `popup`, `background`, `hidden`: interaction-level views (`interaction.web-content`) or
 * workspace-level ones shown that way; `workspace-tab`: a view shown as a tab of the Workspace
 * itself, which may call `voice.dial` only; `dialog`: a page opened by `system.openDialog`.
 */
export type FrameMode = (typeof frameModes)[number];

/** What one origin, in one mode, may do. */
export interface Grant {
  readonly origin: string;
  /** Whether the origin is listed at all (`getAllowedServices` fails when it is not). */
  readonly accepted: boolean;
  /** Requests it may call, in catalogue order. */
  readonly allowed: ReadonlySet<RequestName>;
  /** Namespaces it may call at least one request of: it receives the events of these only. */
  readonly namespaces: ReadonlySet<string>;
  /** The filter tokens that apply, for messages; `null`: no filter. */
  readonly filters: readonly string[] | null;
}

/** Answered to every accepted origin, whatever its filter: it only tells the page its own rights. */
export const ALWAYS_ANSWERED: RequestName = 'system.getAllowedServices';
/** The one request a workspace-level tab may call (seeds: "only gives access to the dial operation"). */
export const WORKSPACE_TAB_REQUEST: RequestName = 'voice.dial';

function tokenGrants(token: string, name: RequestName): boolean {
  const canonical = canonicalRequestName(name);
  if (isExplicitOnly(name)) return token === name || token === canonical;
  if (token === '*') return true;
  if (token.endsWith('.*')) {
    const namespace = token.slice(0, -2);
    return namespaceOf(name) === namespace || namespaceOf(canonical) === namespace;
  }
  return token === name || token === canonical || canonicalRequestName(token as RequestName) === canonical;
}

function ruleGrants(rule: OriginRule, name: RequestName): boolean {
  if (rule.filters === null) return !isExplicitOnly(name);
  return rule.filters.some((token) => tokenGrants(token, name));
}

/**
 * The origin policy of `service-client-api.accepted-web-content-origins`.
 * An origin's own entries win over `*` entries; several entries for one origin add up.
 */
export class AccessPolicy {
  readonly rules: readonly OriginRule[];
  readonly problems: readonly string[];
  readonly #grants = new Map<string, Grant>();

  constructor(acceptedOrigins: string) {
    const { rules, problems } = parseAcceptedOrigins(acceptedOrigins);
    this.rules = rules;
    this.problems = problems;
  }

  /** What `origin` may do in `mode`; computed once per origin and mode. */
  grant(origin: string, mode: FrameMode): Grant {
    const key = `${mode} ${origin}`;
    let grant = this.#grants.get(key);
    if (!grant) {
      grant = this.#compile(origin, mode);
      this.#grants.set(key, grant);
    }
    return grant;
  }

  /** `undefined` when `origin` in `mode` may call `name`; else the refusal to send, naming what, why and the fix. */
  refusal(name: RequestName, origin: string, mode: FrameMode, section: string): string | undefined {
    const grant = this.grant(origin, mode);
    if (grant.allowed.has(name)) return undefined;
    const option = optionNames.acceptedOrigins;
    if (!grant.accepted) {
      return notAllowedMessage(
        name,
        `origin ${origin} is not listed in ${option}`,
        `Add "${origin}" to ${option} in the interaction-workspace section, e.g. "${origin} (${name})".`,
      );
    }
    if (mode === 'workspace-tab') {
      return notAllowedMessage(
        name,
        `the view '${section}' from origin ${origin} is shown as a workspace-level tab, and such views may only call ${WORKSPACE_TAB_REQUEST}`,
        `Show it at interaction level (interaction.web-content), as a popup or in the background to call other requests.`,
      );
    }
    const filters = grant.filters ?? [];
    const example = `"${origin} (${[...filters, name].join(', ')})"`;
    if (isExplicitOnly(name)) {
      return notAllowedMessage(
        name,
        `origin ${origin} does not name ${name} in its filter in ${option}, and ${name} is allowed only where it is named explicitly, even under (*)`,
        `Name it in the filter, e.g. ${example}.`,
      );
    }
    return notAllowedMessage(
      name,
      `origin ${origin} is not allowed this request by its filter (${filters.join(', ')}) in ${option}`,
      `Allow it in ${option}, e.g. ${example}.`,
    );
  }

  #compile(origin: string, mode: FrameMode): Grant {
    const own = this.rules.filter((rule) => rule.origin === origin);
    const matching = own.length ? own : this.rules.filter((rule) => rule.origin === '*');
    const accepted = matching.length > 0 && origin !== 'null';
    const filters = matching.some((rule) => rule.filters === null)
      ? null
      : matching.flatMap((rule) => rule.filters ?? []);
    const allowed = new Set<RequestName>();
    const namespaces = new Set<string>();
    if (accepted) {
      for (const name of requestNames) {
        if (mode === 'workspace-tab' && name !== WORKSPACE_TAB_REQUEST) continue;
        if (!matching.some((rule) => ruleGrants(rule, name))) continue;
        allowed.add(name);
        namespaces.add(namespaceOf(canonicalRequestName(name)));
      }
      allowed.add(ALWAYS_ANSWERED);
    }
    const inCatalogueOrder = new Set(requestNames.filter((name) => allowed.has(name)));
    return { origin, accepted, allowed: inCatalogueOrder, namespaces, filters };
  }
}
