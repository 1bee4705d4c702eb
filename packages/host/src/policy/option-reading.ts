import { notAllowedMessage, requests, type RequestName } from '@wwe-kit/protocol';
import { optionList } from '../options.js';
import { optionNames, SECURITY_OPTION_PREFIX } from '../settings.js';
import { normaliseOrigin } from './origins.js';

/** Whether a request answers option values (`configuration.getOption`, `getContextualOption`): the catalogue's result type says. */
export const readsOptions = (name: RequestName): boolean => requests[name].result === 'OptionValues';

type OptionValues = Record<string, Record<string, unknown>>;

/**
 * `service-client-api.option.read-allowed-web-content-origin`: the origins allowed to read
 * options. Unset, every origin its filter allows `configuration.*` reads them; set, only the
 * origins it lists (or `*`) do. Apart from that, the Service Client API's own options
 * (`service-client-api.*`: accepted origins, allowlists, rate limits) are answered only to an
 * origin this option names: they are left out of every other page's answer.
 */
export class OptionReadPolicy {
  readonly problems: readonly string[];
  /** The origins the option lists; `undefined` when it is not set. */
  readonly #readers: ReadonlySet<string> | undefined;

  constructor(value: string) {
    const problems: string[] = [];
    const listed = optionList(value).map((text) => normaliseOrigin(text, problems, optionNames.optionReaders));
    this.#readers = listed.length
      ? new Set(listed.filter((origin): origin is string => origin !== undefined))
      : undefined;
    this.problems = problems;
  }

  /** Whether the option names `origin` (or `*`). */
  names(origin: string): boolean {
    return origin !== 'null' && (this.#readers?.has(origin) === true || this.#readers?.has('*') === true);
  }

  /** `undefined` when `origin` may read options through `name`; else the refusal. */
  refusal(name: RequestName, origin: string): string | undefined {
    if (!readsOptions(name) || this.#readers === undefined || this.names(origin)) return undefined;
    const option = optionNames.optionReaders;
    return notAllowedMessage(
      name,
      `origin ${origin} is not listed in ${option}, which names the origins allowed to read options`,
      `Add "${origin}" to ${option} in the interaction-workspace section.`,
    );
  }

  /** The answer of `name` as `origin` may see it: without the `service-client-api.*` options unless the option names it. */
  filter(name: RequestName, origin: string, result: unknown): unknown {
    if (!readsOptions(name) || this.names(origin) || typeof result !== 'object' || result === null) return result;
    const visible: OptionValues = Object.create(null) as OptionValues;
    for (const [section, values] of Object.entries(result as OptionValues)) {
      const kept = Object.entries(values ?? {}).filter(([option]) => !option.startsWith(SECURITY_OPTION_PREFIX));
      if (kept.length)
        visible[section] = Object.assign(Object.create(null) as Record<string, unknown>, Object.fromEntries(kept));
    }
    return visible;
  }
}
