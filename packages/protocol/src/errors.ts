/**
 * The texts of refusals. The host writes them with these functions and the
 * bridge classifies answers with the patterns below, so the two agree.
 */

/** The exact rate-limit text of the reference (002), with `request` set beside it. */
export const rateLimitMessage = (request: string, quarantineSeconds: number): string =>
  `The rate limit for the request '${request}' has been reached.\nFurther requests of the same type will be ignored for ${quarantineSeconds} seconds.`;

/** The quarantine of a rate-limit message, in seconds (0: for ever). */
export const quarantineSecondsOf = (rateLimitText: string): number =>
  Number(/ignored for (\d+) seconds/.exec(rateLimitText)?.[1] ?? 0);

/** The start of every policy refusal our host writes. */
const refusalPrefix = (request: string) => `Request '${request}' refused: `;

/**
 * A refusal by policy (origin filter, user-data allowlist…): what, why, and the fix.
 * @example notAllowedMessage('voice.dial', 'origin http://a is not allowed this request', 'Allow it in …')
 */
export const notAllowedMessage = (request: string, why: string, fix: string): string =>
  `${refusalPrefix(request)}${why}. ${fix}`;

/** How an `errorMessage` reads: a rate limit, a policy refusal, or any other failure of the host. */
export const classifyErrorMessage = (text: string): 'rate-limited' | 'not-allowed' | 'host-error' =>
  text.startsWith('The rate limit for the request ')
    ? 'rate-limited'
    : /^Request '[^']*' refused: /.test(text)
      ? 'not-allowed'
      : 'host-error';
