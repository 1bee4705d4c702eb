/** The user-data write allowlist: which keys a request writes, and the refusal when one is not allowed. */
import { canonicalRequestName, notAllowedMessage, userDataWriteOf, type RequestName } from '@wwe-kit/protocol';
import { optionNames } from '../settings.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The user-data keys a request writes, from the catalogue's `writesUserData`: a keyValues parameter's keys
 * (`setUserData`), a string parameter's one key (`deleteUserData`). Others, and malformed values, write none.
 * `canonical`: the request `name` stands for, when the caller knows it already.
 */
export function writtenKeys(
  name: RequestName,
  parameters: readonly unknown[],
  canonical: RequestName = canonicalRequestName(name),
): string[] {
  const write = userDataWriteOf(canonical);
  if (!write) return [];
  const value = parameters[write.parameter];
  if (write.type === 'keyValues') return isPlainObject(value) ? Object.keys(value) : [];
  return typeof value === 'string' ? [value] : [];
}

/**
 * `undefined` when every key the request writes is in
 * `service-client-api.user-data.write-allowed`; else the refusal, naming the
 * refused keys. A request is refused whole: no key of it is written. `canonical`: as for `writtenKeys`.
 */
export function writeRefusal(
  name: RequestName,
  parameters: readonly unknown[],
  writable: ReadonlySet<string>,
  canonical: RequestName = canonicalRequestName(name),
): string | undefined {
  const refused = writtenKeys(name, parameters, canonical).filter((key) => !writable.has(key));
  if (refused.length === 0) return undefined;
  const quoted = refused.map((key) => `'${key}'`).join(', ');
  const option = optionNames.writeAllowed;
  const why =
    writable.size === 0
      ? `${option} is empty, so no user-data key may be written (refused: ${quoted}); nothing was written`
      : `the key${refused.length > 1 ? 's' : ''} ${quoted} ${refused.length > 1 ? 'are' : 'is'} not in ${option}; nothing was written`;
  return notAllowedMessage(
    name,
    why,
    `Add ${refused.length > 1 ? 'them' : 'it'} to ${option}, e.g. "${[...writable, ...refused].join(',')}".`,
  );
}
