import type { BackendHandlers } from '@wwe-kit/host';
import type { JwtToken } from '@wwe-kit/protocol';
import { SignJWT } from 'jose';
import type { AgentModel } from './agent/agent.js';
import { errors } from './errors.js';
import type { Runtime } from './runtime.js';

/** How long a session token lives, on the simulator's clock. */
export const TOKEN_LIFETIME_MS = 60 * 60_000;

/**
 * `auth.getJwtToken`: a real JWT (HS256, signed with a per-session key) for the
 * agent, with its ISO 8601 expiration; the same token until it expires.
 */
export class AuthModel {
  readonly #runtime: Runtime;
  readonly #agent: AgentModel;
  /** The signing key, so a test or a local service can verify the token. */
  readonly secret: Uint8Array;
  #current: (JwtToken & { expiresAt: number }) | undefined;

  constructor(runtime: Runtime, agent: AgentModel) {
    this.#runtime = runtime;
    this.#agent = agent;
    // A random key, not one from the seed: a seed is public, and tokens must not be forgeable.
    this.secret = crypto.getRandomValues(new Uint8Array(32));
  }

  async token(): Promise<JwtToken> {
    const now = this.#runtime.clock.now();
    if (this.#current && now < this.#current.expiresAt)
      return { jwtToken: this.#current.jwtToken, expiration: this.#current.expiration };
    const expiresAt = now + TOKEN_LIFETIME_MS;
    const { employeeId, username } = this.#agent.agent;
    const jwtToken = await new SignJWT({ employeeId, username })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(username)
      .setIssuer('wwe-kit-simulator')
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(expiresAt / 1000))
      .sign(this.secret);
    this.#current = { jwtToken, expiration: new Date(expiresAt).toISOString(), expiresAt };
    return { jwtToken, expiration: this.#current.expiration };
  }

  handlers() {
    return {
      'auth.getJwtToken': () => this.token(),
      'auth.getPureCloudToken': () => this.#runtime.fail(errors.pureCloudNotSupported()),
    } satisfies Partial<BackendHandlers>;
  }
}
