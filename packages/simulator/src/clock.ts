/** Time for the simulator: the real one, or a manual clock that tests move by hand. */
export interface SimulatorClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `callback` after `milliseconds`; answers a function that cancels it. */
  after(milliseconds: number, callback: () => void): () => void;
}

/** The browser's clock and timers. */
export const realClock: SimulatorClock = {
  now: () => Date.now(),
  after(milliseconds, callback) {
    const timer = setTimeout(callback, milliseconds);
    return () => clearTimeout(timer);
  },
};

/** A clock that stands still until `advance()`: timers fire in order, at their due time. */
export class ManualClock implements SimulatorClock {
  #now: number;
  #nextId = 0;
  readonly #timers = new Map<number, { due: number; callback: () => void }>();

  constructor(start = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  after(milliseconds: number, callback: () => void): () => void {
    const id = this.#nextId++;
    this.#timers.set(id, { due: this.#now + Math.max(0, milliseconds), callback });
    return () => this.#timers.delete(id);
  }

  /** Moves time forward, firing every timer that falls due on the way. */
  advance(milliseconds: number): void {
    const end = this.#now + milliseconds;
    for (;;) {
      const next = [...this.#timers.entries()]
        .filter(([, timer]) => timer.due <= end)
        .sort(([a, x], [b, y]) => x.due - y.due || a - b)[0];
      if (!next) break;
      this.#timers.delete(next[0]);
      this.#now = next[1].due;
      next[1].callback();
    }
    this.#now = end;
  }

  /** How many timers wait. */
  get pending(): number {
    return this.#timers.size;
  }
}
