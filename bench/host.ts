/** The host's cost per request (no transport), its event fan-out against a raw fan-out, and the 100,000-message fuzz. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchDir, markdownTable, type Harness } from './harness.js';

interface HostFigures {
  perRequestUs: Record<string, number>;
  fanOut: { frames: number; rounds: number; hostUs: number; rawUs: number; roundTripUs: number };
  fuzz: {
    messages: number;
    seed: number;
    seconds: number;
    exceptions: number;
    requestShaped: number;
    answered: number;
    stateChangingCalls: number;
    backendUnchanged: boolean;
    prototypePolluted: boolean;
  };
}

export async function benchHost(harness: Harness): Promise<string> {
  const page = await harness.browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => console.log(`  [host bench] ${message.text()}`));
  await page.goto(harness.url('/host-bench.html'));
  await page.waitForFunction(() => 'hostBenchRun' in globalThis);
  const figures = await page.evaluate(() =>
    (globalThis as unknown as { hostBenchRun: () => Promise<HostFigures> }).hostBenchRun(),
  );
  await page.close();
  const { fanOut, fuzz } = figures;
  const round = (value: number, digits = 2) => +value.toFixed(digits);
  const results = {
    date: new Date().toISOString(),
    chromium: harness.browser.version(),
    perRequestUs: Object.fromEntries(Object.entries(figures.perRequestUs).map(([kind, us]) => [kind, round(us)])),
    perRequestShareOfRoundTrip: round(figures.perRequestUs['agent.get']! / fanOut.roundTripUs, 4),
    crossOriginRoundTripUs: round(fanOut.roundTripUs, 1),
    fanOut: {
      frames: fanOut.frames,
      rounds: fanOut.rounds,
      hostMedianUs: round(fanOut.hostUs, 1),
      rawMedianUs: round(fanOut.rawUs, 1),
      ratio: round(fanOut.hostUs / fanOut.rawUs, 3),
      target: '≤ 1.3',
    },
    fuzz: { ...fuzz, pageErrors: pageErrors.length },
  };
  mkdirSync(`${benchDir}results`, { recursive: true });
  writeFileSync(`${benchDir}results/host.json`, `${JSON.stringify(results, null, 2)}\n`);
  const rows: Array<Array<string | number>> = [
    ['figure', 'host', 'baseline', 'ratio', 'target'],
    ...Object.entries(results.perRequestUs).map(([kind, us]) => [
      `per request, no transport: ${kind} (µs)`,
      us,
      results.crossOriginRoundTripUs,
      round(us / results.crossOriginRoundTripUs, 4),
      '',
    ]),
    [
      `fan-out of one event to ${fanOut.frames} cross-origin frames, median (µs)`,
      results.fanOut.hostMedianUs,
      results.fanOut.rawMedianUs,
      results.fanOut.ratio,
      '≤ 1.3',
    ],
  ];
  const fuzzLine =
    `Fuzz: ${fuzz.messages.toLocaleString('en')} seeded hostile messages (seed ${fuzz.seed}) in ${fuzz.seconds} s: ${fuzz.exceptions} exceptions, ` +
    `${fuzz.answered.toLocaleString('en')} answers to ${fuzz.requestShaped.toLocaleString('en')} request-shaped messages, ${fuzz.stateChangingCalls} state-changing backend calls, ` +
    `backend state ${fuzz.backendUnchanged ? 'unchanged' : 'CHANGED'}, prototypes ${fuzz.prototypePolluted ? 'POLLUTED' : 'clean'}, ${pageErrors.length} page errors.`;
  const text =
    `# Host benchmark\n\n${results.date}, ${results.chromium}. Per-request baseline: one raw round trip to a cross-origin frame, measured in the same run. ` +
    `Fan-out baseline: the same event posted by hand to the same ${fanOut.frames} frames; both end when every frame has acknowledged.\n\n${markdownTable(rows)}\n\n${fuzzLine}\n`;
  writeFileSync(`${benchDir}results/host.md`, text);
  return text;
}
