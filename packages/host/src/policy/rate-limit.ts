import { canonicalRequestName, rateLimitMessage, type RequestName } from '@wwe-kit/protocol';
import type { ServiceClientSettings } from '../settings.js';

/** Milliseconds since the epoch; inject a fake one in tests. */
export type Clock = () => number;

/** What the rate limit says about one request. */
export type RateDecision =
  | { readonly kind: 'pass' }
  /** The first request over the limit: answer it with this exact message, then quarantine. */
  | { readonly kind: 'refuse'; readonly message: string }
  /** In quarantine: no answer at all. */
  | { readonly kind: 'ignore' };

const WINDOW_MS = 60_000;
const PASS: RateDecision = { kind: 'pass' };
const IGNORE: RateDecision = { kind: 'ignore' };

interface TypeState {
  window: number;
  count: number;
  quarantinedUntil: number | undefined;
}

export type RateSettings = Pick<ServiceClientSettings, 'rateLimit' | 'rateLimits' | 'quarantineSeconds'>;

/**
 * `service-client-api.rate-limit[.<request>]`: requests per request type in
 * fixed one-minute windows of the clock (not a sliding window), counted for
 * the whole Workspace page. The first request over the limit is refused with
 * the reference's exact message and starts the quarantine; the following ones
 * of that type are ignored until it ends (quarantine 0: for ever). The count
 * belongs to its minute, so a quarantine that ends within the same minute
 * refuses the next request again.
 */
export class RateLimiter {
  settings: RateSettings;
  readonly #clock: Clock;
  readonly #states = new Map<string, TypeState>();

  constructor(settings: RateSettings, clock: Clock = Date.now) {
    this.settings = settings;
    this.#clock = clock;
  }

  /**
   * The limit per minute for a request type; 0: unlimited. An alias counts as the request it stands
   * for: a caller that knows the canonical name passes it, so the name is not looked up again.
   */
  limitOf(name: RequestName, canonical: RequestName = canonicalRequestName(name)): number {
    return this.settings.rateLimits.get(canonical) ?? this.settings.rateLimit;
  }

  /** Counts one request of `name` (as sent; `canonical`: the request it stands for) and says whether to serve it. */
  check(name: RequestName, canonical: RequestName = canonicalRequestName(name)): RateDecision {
    const limit = this.limitOf(name, canonical);
    if (limit === 0) return PASS;
    const type = canonical;
    const now = this.#clock();
    const window = Math.floor(now / WINDOW_MS);
    let state = this.#states.get(type);
    if (!state) {
      state = { window, count: 0, quarantinedUntil: undefined };
      this.#states.set(type, state);
    }
    if (state.quarantinedUntil !== undefined) {
      if (now < state.quarantinedUntil) return IGNORE;
      state.quarantinedUntil = undefined;
    }
    if (state.window !== window) {
      state.window = window;
      state.count = 0;
    }
    if (state.count < limit) {
      state.count++;
      return PASS;
    }
    const seconds = this.settings.quarantineSeconds;
    state.quarantinedUntil = seconds === 0 ? Infinity : now + seconds * 1000;
    return { kind: 'refuse', message: rateLimitMessage(name, seconds) };
  }

  /** Forgets every count and quarantine. */
  reset(): void {
    this.#states.clear();
  }
}
