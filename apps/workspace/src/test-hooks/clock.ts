/**
 * The simulator's clock in tests: `?clock=manual` in the shell's url makes it a `ManualClock`, so that
 * nothing timed (a dialled call answered, a toast closing, a fault's delay) happens until the test
 * moves time with `wweShell.clock.advance(ms)`. Without it, the simulator runs on real time.
 */
import { ManualClock, type SimulatorOptions } from '@wwe-kit/simulator';

/** A manual clock when the url's query asks for one; otherwise undefined (real time). */
export function clockFromUrl(search: string): ManualClock | undefined {
  return new URLSearchParams(search).get('clock') === 'manual' ? new ManualClock() : undefined;
}

/** The simulator's time and seed: a test's manual clock comes with a fixed seed, so the same test makes the same ids. */
export function simulatorTime(clock: ManualClock | undefined): SimulatorOptions {
  return clock ? { seed: 1, clock } : { seed: Date.now() % 100_000 };
}
