/**
 * A copy of the simulator's state to hand out: every object and array copied, so no caller can change
 * the simulator's state through it, and every string and number shared, since they cannot change.
 * `structuredClone` copied the characters too: 10 interactions with 50 kB of user data each cost a
 * 512 kB copy per `getInteractions`, which the host then cut to the few readable keys. This copy costs
 * one step per object field, whatever the values weigh; the bytes are copied once, by `postMessage`.
 * The state is plain data (the interactions, records and chains the simulator builds from JSON-like
 * input); what else a page stored in user data is copied as structured clone copies it.
 */
export function snapshot<T>(value: T): T {
  return copy(value, undefined, new Map()) as T;
}

/**
 * A snapshot in which every `userData` keeps only the `readable` keys (the host's read allowlist, handed
 * over in the request's context): the keys a page may not read are never copied, only for the host to
 * drop them. The host still cuts the answer to its allowlist itself.
 */
export function snapshotReadable<T>(value: T, readable: ReadonlySet<string> | undefined): T {
  return copy(value, readable, new Map()) as T;
}

// `copies`: what is copied already, so a value a page set twice, or one that refers to itself (structured
// clone lets a page send both), is copied once and keeps its shape.
function copy(value: unknown, readable: ReadonlySet<string> | undefined, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    // A hole stays a hole, as structured clone keeps it.
    const result: unknown[] = new Array(value.length);
    copies.set(value, result);
    for (let index = 0; index < value.length; index++) {
      if (index in value) result[index] = copy(value[index], readable, copies);
    }
    return result;
  }
  // What a page may store in user data besides plain objects (a Date, a Map, a Set) is copied as the
  // browser copies it; it is rare, so the cost of a structured clone there does not matter.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    const cloned = structuredClone(value);
    copies.set(value, cloned);
    return cloned;
  }
  const result: Record<string, unknown> = {};
  copies.set(value, result);
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const field =
      readable && key === 'userData' && typeof item === 'object' && item !== null && !Array.isArray(item)
        ? readableCopy(item as Record<string, unknown>, readable, copies)
        : copy(item, readable, copies);
    define(result, key, field);
  }
  return result;
}

/** A copy of the `readable` fields of `userData`, in its order: the others are not even looked at. */
function readableCopy(
  userData: Record<string, unknown>,
  readable: ReadonlySet<string>,
  copies: Map<object, unknown>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(userData)) {
    if (readable.has(key)) define(kept, key, copy(userData[key], undefined, copies));
  }
  return kept;
}

/** A key named `__proto__` is an own field of the data, as structured clone keeps it, never the copy's prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
