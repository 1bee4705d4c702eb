import { canonicalRequestName, notAllowedMessage, userDataWriteOf, type RequestName } from '@wwe-kit/protocol';
import { optionNames } from '../settings.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of `value` in which every `userData` object, at any depth (the
 * Interactions of answers and of event payloads), keeps only readable keys.
 * Objects without a `userData` below them are shared, not copied.
 */
export function filterUserData<T>(value: T, readable: ReadonlySet<string>): T {
  return filterValue(value, readable, new Map()) as T;
}

function filterValue(value: unknown, readable: ReadonlySet<string>, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    let changed = false;
    for (const item of value) {
      const filtered = filterValue(item, readable, seen);
      changed ||= filtered !== item;
      copy.push(filtered);
    }
    if (changed) return copy;
    seen.set(value, value);
    return value;
  }
  // Any other object: structured clone sends its own fields as a plain object, so filter those.
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  let changed = false;
  for (const [key, item] of Object.entries(value)) {
    let filtered: unknown;
    if (key === 'userData') {
      // Anything but a key/value object (a list of pairs from some adapter) cannot be filtered: it fails closed.
      filtered = isPlainObject(item) ? readableKeys(item, readable) : {};
      changed = true;
    } else {
      filtered = filterValue(item, readable, seen);
      changed ||= filtered !== item;
    }
    copy[key] = filtered;
  }
  if (changed) return copy;
  seen.set(value, value);
  return value;
}

/**
 * The readable keys of one `userData`, in its order: only they are copied, so the cost is one
 * lookup per key whatever the values weigh, and the keys cut away are never copied.
 */
function readableKeys(userData: Record<string, unknown>, readable: ReadonlySet<string>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  if (readable.size === 0) return kept;
  for (const key of Object.keys(userData)) {
    if (!readable.has(key)) continue;
    // `__proto__` as a plain assignment would set the copy's prototype; it is a key like any other here.
    if (key === '__proto__')
      Object.defineProperty(kept, key, { value: userData[key], enumerable: true, writable: true, configurable: true });
    else kept[key] = userData[key];
  }
  return kept;
}

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
