/** The user-data read allowlist, applied to every answer and event payload a page receives. */
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

/**
 * An object being walked. A reference back to it from below (a cycle) must point to its copy, never to
 * the original whose user data is still whole: the copy is made then, and filled when the walk ends.
 */
class Walking {
  copy: Record<string, unknown> | unknown[] | undefined;
}

// One pass: the copy of an object is made only once a field of it changed (or a cycle needs it), from the
// fields already read, so objects without user data below them cost no copy at all.
function filterValue(value: unknown, readable: ReadonlySet<string>, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = seen.get(value);
  if (known instanceof Walking) return (known.copy ??= Array.isArray(value) ? [] : {});
  if (known !== undefined) return known;
  const walking = new Walking();
  seen.set(value, walking);
  const result = Array.isArray(value)
    ? filterArray(value, readable, seen, walking)
    : filterObject(value, readable, seen, walking);
  seen.set(value, result);
  return result;
}

function filterArray(
  value: unknown[],
  readable: ReadonlySet<string>,
  seen: Map<object, unknown>,
  walking: Walking,
): unknown[] {
  let copy: unknown[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    const filtered = filterValue(item, readable, seen);
    if (filtered !== item && !copy) {
      copy = (walking.copy ??= []) as unknown[];
      for (let before = 0; before < index; before++) copy.push(value[before]);
    }
    copy?.push(filtered);
  }
  return copy ?? value;
}

// Any other object: structured clone sends its own fields as a plain object, so filter those.
function filterObject(
  value: object,
  readable: ReadonlySet<string>,
  seen: Map<object, unknown>,
  walking: Walking,
): Record<string, unknown> | object {
  const fields = value as Record<string, unknown>;
  const keys = Object.keys(value);
  let copy: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const item = fields[key];
    // Anything but a key/value object (a list of pairs from some adapter) cannot be filtered: it fails closed.
    const filtered =
      key === 'userData'
        ? isPlainObject(item)
          ? readableKeys(item, readable)
          : {}
        : filterValue(item, readable, seen);
    if (filtered !== item && !copy) {
      copy = (walking.copy ??= {}) as Record<string, unknown>;
      for (let before = 0; before < index; before++) define(copy, keys[before]!, fields[keys[before]!]);
    }
    if (copy) define(copy, key, filtered);
  }
  return copy ?? value;
}

/** Sets a field of a fresh copy; `__proto__` as a plain assignment would set its prototype instead. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The readable keys of one `userData`, in its order: only they are copied, so the cost is one
 * lookup per key whatever the values weigh, and the keys cut away are never copied.
 */
function readableKeys(userData: Record<string, unknown>, readable: ReadonlySet<string>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  if (readable.size === 0) return kept;
  for (const key of Object.keys(userData)) if (readable.has(key)) define(kept, key, userData[key]);
  return kept;
}
