/**
 * The one walk over what a page sent: forbidden keys, values that are not JSON-like, depth,
 * size and a node budget. Structured clone keeps shared references and cycles, so the walk
 * visits each object once: a repeated reference adds the size already measured for that object
 * (so the size is what a JSON reader would see), a cycle is refused, and nothing is walked twice.
 * Its cost is linear in the number of distinct values, whatever their sharing.
 */

/** Limits on what a page may send; a message over them is refused with a clear `errorMessage`. */
export interface MessageLimits {
  /** Characters of every key and string, plus 8 per other value, counting shared objects each time they appear. Default 512 KiB. */
  readonly maxSize: number;
  /** Nesting of objects and arrays. Default 32. */
  readonly maxDepth: number;
  /** Values the walk visits, repeated references included. Default 100,000. */
  readonly maxNodes: number;
}

export const defaultMessageLimits: MessageLimits = { maxSize: 512 * 1024, maxDepth: 32, maxNodes: 100_000 };

/** What the walk found: the problem, or none; and the size measured so far. */
export interface Inspection {
  readonly problem: string | undefined;
  readonly size: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);

const kindOf = (value: object): string => Object.prototype.toString.call(value).slice(8, -1);

/** A canonical array index ('0', '1', … below 2³² − 1), as opposed to a named property. */
const isArrayIndex = (key: string): boolean => {
  const index = Number(key);
  return Number.isInteger(index) && index >= 0 && index < 4294967295 && String(index) === key;
};

/** The first own property of an array that is not an index: named properties come after indices. */
const namedPropertyOf = (array: readonly unknown[]): string | undefined => {
  const keys = Object.keys(array);
  const last = keys[keys.length - 1];
  return last === undefined || isArrayIndex(last) ? undefined : keys.find((key) => !isArrayIndex(key));
};

class Oversized {}
const OVERSIZED = new Oversized();
/** The mark of an object whose walk has begun and not ended. */
const OPEN = -1;

/** Walks `root` once against `limits`. */
export function inspectMessage(root: unknown, limits: MessageLimits): Inspection {
  let size = 0;
  let nodes = 0;
  const path: Array<string | number> = [];
  /**
   * One entry per object met: OPEN while it is on the current path (meeting it again is a cycle),
   * then its size; its height goes in a second map only when it has objects below it. One map
   * write per object keeps the walk's cost per object flat as messages grow.
   */
  const sizes = new Map<object, number>();
  const heights = new Map<object, number>();
  const where = () =>
    path.length ? ` at ${path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')}` : '';
  const grow = (amount: number) => {
    size += amount;
    if (size > limits.maxSize) throw OVERSIZED;
  };
  const deeper = () => `nests deeper than ${limits.maxDepth} levels${where()}`;

  /** The levels of objects at and below `value` (-1 for a primitive), or the problem found. */
  const visit = (value: unknown, depth: number): number | string => {
    if (++nodes > limits.maxNodes) return `holds more than ${limits.maxNodes} values`;
    if (typeof value === 'string') {
      grow(value.length);
      return -1;
    }
    if (typeof value !== 'object' || value === null) {
      if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function')
        return `holds a ${typeof value}${where()}`;
      grow(8);
      return -1;
    }
    const known = sizes.get(value);
    if (known === OPEN) return `holds a reference to an object that contains it${where()} (a cycle)`;
    if (known !== undefined) {
      const knownHeight = heights.get(value) ?? 0;
      if (depth + knownHeight > limits.maxDepth) return deeper();
      grow(known);
      return knownHeight;
    }
    if (depth > limits.maxDepth) return deeper();
    const isArray = Array.isArray(value);
    const prototype = Object.getPrototypeOf(value);
    if (!isArray && prototype !== Object.prototype && prototype !== null) {
      return `holds a ${kindOf(value)}${where()}; only objects, arrays, strings, numbers, booleans and null travel`;
    }
    const start = size;
    let height = 0;
    sizes.set(value, OPEN);
    if (isArray) {
      const named = namedPropertyOf(value);
      if (named !== undefined)
        return `holds an array with the named property '${named}'${where()}; arrays travel as lists of values only`;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        const below = visit(value[index], depth + 1);
        path.pop();
        if (typeof below === 'string') return below;
        height = Math.max(height, below + 1);
        grow(1);
      }
    } else {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return `holds the key '${key}'${where()}, which could pollute object prototypes`;
        grow(key.length);
        path.push(key);
        const below = visit((value as Record<string, unknown>)[key], depth + 1);
        path.pop();
        if (typeof below === 'string') return below;
        height = Math.max(height, below + 1);
      }
    }
    sizes.set(value, size - start);
    if (height > 0) heights.set(value, height);
    return height;
  };

  try {
    const found = visit(root, 0);
    return { problem: typeof found === 'string' ? found : undefined, size };
  } catch (error) {
    if (error !== OVERSIZED) throw error;
    return { problem: `is larger than the host's limit of ${limits.maxSize} characters`, size };
  }
}
