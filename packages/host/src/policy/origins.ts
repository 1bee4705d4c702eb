import { explicitOnlyRequestNames, isNamespace, isRequestName } from '@wwe-kit/protocol';
import { optionNames } from '../settings.js';

/** One entry of `service-client-api.accepted-web-content-origins`. */
export interface OriginRule {
  /** The origin as the browser serialises it (`http://host:port`), or `*` for any origin. */
  readonly origin: string;
  /** The filter tokens in parentheses; `null` when the entry has none (everything allowed). */
  readonly filters: readonly string[] | null;
}

/** Requests a filter grants only where it names them: `(*)` and `auth.*` do not (the catalogue's `explicitOnly`). */
export const explicitOnlyRequests: ReadonlySet<string> = new Set(explicitOnlyRequestNames);

/** Splits at commas outside parentheses: `a, b (x, y)` → [`a`, `b (x, y)`]. */
function splitEntries(text: string): { entries: string[]; balanced: boolean } {
  const entries: string[] = [];
  let depth = 0;
  let start = 0;
  let balanced = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') {
      depth--;
      if (depth < 0) {
        balanced = false;
        depth = 0;
      }
    } else if (char === ',' && depth === 0) {
      entries.push(text.slice(start, index));
      start = index + 1;
    }
  }
  entries.push(text.slice(start));
  return { entries: entries.map((entry) => entry.trim()).filter(Boolean), balanced: balanced && depth === 0 };
}

/** The browser's serialisation of an origin listed in `option`, or undefined when `text` is not one. */
export function normaliseOrigin(
  text: string,
  problems: string[],
  option: string = optionNames.acceptedOrigins,
): string | undefined {
  if (text === '*') return '*';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    problems.push(
      `"${text}" in ${option} is not an origin; it is ignored. Write scheme, host and port, e.g. "https://crm.example.com" or "http://127.0.0.1:5174".`,
    );
    return undefined;
  }
  if (url.origin === 'null') {
    problems.push(`"${text}" in ${option} has no web origin; it is ignored. Use an http or https origin.`);
    return undefined;
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    problems.push(`"${text}" in ${option} has a path; only its origin ${url.origin} counts. Write "${url.origin}".`);
  }
  return url.origin;
}

function checkFilter(token: string, entry: string, problems: string[]): boolean {
  if (token === '*' || isRequestName(token)) return true;
  if (token.endsWith('.*') && isNamespace(token.slice(0, -2))) return true;
  problems.push(
    `Filter "${token}" of "${entry}" in ${optionNames.acceptedOrigins} is neither *, <namespace>.* nor a request name; it is ignored. Use e.g. "agent.*" or "voice.dial".`,
  );
  return false;
}

/**
 * Parses `service-client-api.accepted-web-content-origins`: a comma-separated
 * list of origins or `*`, each with an optional filter list in parentheses,
 * e.g. `http://a, http://b (*), http://c (agent.*, voice.dial)`.
 * Mistakes are reported in `problems` and the faulty part is left out, so a typo never widens access.
 */
export function parseAcceptedOrigins(value: string): { rules: OriginRule[]; problems: string[] } {
  const problems: string[] = [];
  const { entries, balanced } = splitEntries(value);
  if (!balanced)
    problems.push(
      `${optionNames.acceptedOrigins} has unbalanced parentheses: "${value}". Close every filter list, e.g. "http://a (agent.*, voice.dial)".`,
    );
  const rules: OriginRule[] = [];
  for (const entry of entries) {
    const match = /^([^\s()]+)\s*(?:\(([^()]*)\))?$/.exec(entry);
    if (!match) {
      problems.push(
        `"${entry}" in ${optionNames.acceptedOrigins} is not "<origin>" or "<origin> (<filters>)"; it is ignored.`,
      );
      continue;
    }
    const origin = normaliseOrigin(match[1]!, problems);
    if (origin === undefined) continue;
    const filterText = match[2];
    const filters =
      filterText === undefined
        ? null
        : filterText
            .split(',')
            .map((token) => token.trim())
            .filter((token) => token && checkFilter(token, entry, problems));
    if (filters?.length === 0)
      problems.push(
        `"${entry}" in ${optionNames.acceptedOrigins} has an empty filter list, so it allows no request. Name requests, e.g. "${origin} (agent.*)", or drop the parentheses to allow all.`,
      );
    rules.push({ origin, filters });
  }
  return { rules, problems };
}
