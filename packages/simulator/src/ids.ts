/**
 * Seedable identifiers: the same seed gives the same ids in the same order,
 * so tests and recorded scenarios repeat exactly.
 */
export class IdSource {
  #state: number;
  readonly #counters = new Map<string, number>();

  constructor(seed = 1) {
    this.#state = seed >>> 0 || 1;
  }

  /** A number in [0, 1) from a mulberry32 generator. */
  random(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let value = this.#state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  /** The next number of a named sequence, from 0: toasts `wweCustomToast0`, `wweCustomToast1`… */
  next(sequence: string): number {
    const value = this.#counters.get(sequence) ?? 0;
    this.#counters.set(sequence, value + 1);
    return value;
  }

  /** `count` hexadecimal digits. */
  hex(count: number): string {
    let text = '';
    while (text.length < count) text += Math.floor(this.random() * 16).toString(16);
    return text;
  }

  /** A UUID in the reference's sample form, e.g. `4dda1ab6-aeab-4a33-f5d0-0153c9fdb43b`. */
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-${this.hex(4)}-${this.hex(4)}-${this.hex(12)}`;
  }

  /** A call UUID in the samples' form: 32 upper-case base-36 characters, e.g. `4L6JGNEE9H7DT671FRPTKE6CQ000000G`. */
  callUuid(): string {
    let text = '';
    while (text.length < 32)
      text += Math.floor(this.random() * 36)
        .toString(36)
        .toUpperCase();
    return text;
  }
}
