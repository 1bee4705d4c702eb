/**
 * A copy of the simulator's state to hand out: every object and array copied, so no caller can change
 * the simulator's state through it, and every string and number shared, since they cannot change.
 * `structuredClone` copied the characters too: 10 interactions with 50 kB of user data each cost a
 * 512 kB copy per `getInteractions`, which the host then cut to the few readable keys. This copy costs
 * one step per object field, whatever the values weigh; the bytes are copied once, by `postMessage`.
 * The state is plain data (the interactions, records and chains the simulator builds from JSON-like
 * input), so a plain copy is a faithful one.
 */
export function snapshot<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = copy((value as Record<string, unknown>)[key]);
    // A key named `__proto__` is an own field of the data, as structured clone would keep it.
    if (key === '__proto__')
      Object.defineProperty(result, key, { value: field, enumerable: true, writable: true, configurable: true });
    else result[key] = field;
  }
  return result;
}
