import { canonicalRequestName, isRequestName } from '@wwe-kit/protocol';
import { optionList, WORKSPACE_SECTION, type OptionData, type OptionSection } from './options.js';

/** The Service Client API option names (section `interaction-workspace`). */
export const optionNames = {
  acceptedOrigins: 'service-client-api.accepted-web-content-origins',
  rateLimit: 'service-client-api.rate-limit',
  quarantineDelay: 'service-client-api.rate-limit-quarantine-delay',
  readAllowed: 'service-client-api.user-data.read-allowed',
  writeAllowed: 'service-client-api.user-data.write-allowed',
  optionReaders: 'service-client-api.option.read-allowed-web-content-origin',
} as const;

/** The prefix of the Service Client API's own options: the security options a page may not read unless named. */
export const SECURITY_OPTION_PREFIX = 'service-client-api.';

/** Seconds of quarantine when `service-client-api.rate-limit-quarantine-delay` is not set (Workspace's default). */
export const DEFAULT_QUARANTINE_SECONDS = 30;

/** The Service Client API's security options, read and checked. */
export interface ServiceClientSettings {
  /** The raw value of `service-client-api.accepted-web-content-origins` ('' when missing). */
  readonly acceptedOrigins: string;
  /** Requests per minute per request type; 0: unlimited. */
  readonly rateLimit: number;
  /** Per-request limits by canonical request name; they override `rateLimit`. */
  readonly rateLimits: ReadonlyMap<string, number>;
  /** Seconds a rate-limited request type is ignored; 0: for ever. */
  readonly quarantineSeconds: number;
  /** Keys of user data a page may read. Missing or empty: none. */
  readonly readAllowed: ReadonlySet<string>;
  /**
   * The same keys in a set of their own, handed to backends as `RequestContext.userDataReadable`:
   * `ReadonlySet` is only a type, and a backend that changed the host's own set would widen its filter.
   */
  readonly readAllowedForBackends: ReadonlySet<string>;
  /** Keys of user data a page may write or delete. Missing or empty: none. */
  readonly writeAllowed: ReadonlySet<string>;
  /** The raw value of `service-client-api.option.read-allowed-web-content-origin` ('' when missing). */
  readonly optionReaders: string;
  /** Mistakes found in the options, each with its fix. The host keeps running on safe defaults. */
  readonly problems: readonly string[];
}

const nonNegativeInteger = (section: OptionSection, name: string, fallback: number, problems: string[]): number => {
  const text = section[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (Number.isInteger(value) && value >= 0) return value;
  problems.push(
    `Option ${name} is "${text}", not a whole number of 0 or more; using ${fallback}. Set it to e.g. 50, or 0.`,
  );
  return fallback;
};

/** Reads the Service Client API options from the `interaction-workspace` section. */
export function readSettings(data: OptionData): ServiceClientSettings {
  const section: OptionSection = data[WORKSPACE_SECTION] ?? {};
  const problems: string[] = [];
  const rateLimits = new Map<string, number>();
  const readAllowed = optionList(section[optionNames.readAllowed]);
  const perRequestPrefix = `${optionNames.rateLimit}.`;
  for (const name of Object.keys(section)) {
    if (!name.startsWith(perRequestPrefix)) continue;
    const request = name.slice(perRequestPrefix.length);
    if (!isRequestName(request)) {
      problems.push(
        `Option ${name} names no request of the Service Client API; it has no effect. Use ${perRequestPrefix}<namespace>.<method>, e.g. ${perRequestPrefix}voice.dial.`,
      );
      continue;
    }
    rateLimits.set(canonicalRequestName(request), nonNegativeInteger(section, name, 0, problems));
  }
  return {
    acceptedOrigins: section[optionNames.acceptedOrigins] ?? '',
    rateLimit: nonNegativeInteger(section, optionNames.rateLimit, 0, problems),
    rateLimits,
    quarantineSeconds: nonNegativeInteger(section, optionNames.quarantineDelay, DEFAULT_QUARANTINE_SECONDS, problems),
    readAllowed: new Set(readAllowed),
    readAllowedForBackends: new Set(readAllowed),
    writeAllowed: new Set(optionList(section[optionNames.writeAllowed])),
    optionReaders: section[optionNames.optionReaders] ?? '',
    problems,
  };
}
