/** The host section's figures as medians and ranges over the runs, and the way bench/results/host.md says them. */
import type { EmbeddingRuns, HostBenchRuns, LargeEventsRuns } from './browser/host-figures.js';
import { spread, type Spread } from './browser/stats.js';
import { formatRatio, formatSpread, verdict } from './report.js';

export const targets = { fanOut: 1.3, largeEventMain: 1.2, embedding: 1.05 } as const;

interface Compared {
  readonly wweKit: Spread;
  readonly baseline: Spread;
  readonly ratio: Spread;
}

const compared = (series: { a: number[]; b: number[]; ratio: number[] }): Compared => ({
  wweKit: spread(series.a),
  baseline: spread(series.b),
  ratio: spread(series.ratio),
});

export function summarise(base: HostBenchRuns, largeEvents: LargeEventsRuns, embedding: EmbeddingRuns) {
  const perRequest = Object.fromEntries(
    Object.entries(base.perRequestUs).map(([kind, us]) => [
      kind,
      compared({ a: us, b: base.roundTripUs, ratio: us.map((value, run) => value / base.roundTripUs[run]!) }),
    ]),
  );
  return {
    perRequest,
    fanOut: compared(base.fanOut),
    largeEventMain: compared(largeEvents.mainThreadMs),
    largeEventRendered: compared(largeEvents.renderedMs),
    embedding: compared(embedding.taskMs),
    embeddingControl: compared(embedding.controlMs),
  };
}

export type HostFigures = ReturnType<typeof summarise>;

/** One table row: figure, wwe-kit, baseline, ratio, target, met. */
function row(figure: string, values: Compared, digits: number, target?: number, ratioDigits = 3): string[] {
  return [
    figure,
    formatSpread(values.wweKit, digits),
    formatSpread(values.baseline, digits),
    formatRatio(values.ratio, ratioDigits),
    target === undefined ? '' : `≤ ${target}`,
    verdict(target === undefined ? undefined : values.ratio.median <= target),
  ];
}

export function hostRows(figures: HostFigures): string[][] {
  return [
    ['figure', 'wwe-kit', 'baseline', 'ratio (range)', 'target', 'met'],
    ...Object.entries(figures.perRequest).map(([kind, values]) =>
      row(`per request, no transport: ${kind}, µs (baseline: one raw round trip)`, values, 2, undefined, 4),
    ),
    row(
      'fan-out of one small event to 20 cross-origin frames, µs until all acknowledged',
      figures.fanOut,
      0,
      targets.fanOut,
    ),
    row(
      '51 kB interaction event to 30 views: Workspace main-thread ms (simulator + host + 30 postMessages)',
      figures.largeEventMain,
      2,
      targets.largeEventMain,
    ),
    row('51 kB interaction event to 30 views: ms until every view rendered it', figures.largeEventRendered, 1),
    row(
      'embedding: DOM-heavy task in a page with a host (3 views in the sidebar), ms',
      figures.embedding,
      2,
      targets.embedding,
    ),
    row(
      'embedding control: the same task, no host on either side (the noise floor of the ratio, now)',
      figures.embeddingControl,
      2,
    ),
  ];
}

export function hostIntro(
  runs: number,
  options: {
    host: { fanOutRounds: number; roundTrips: number };
    largeEvents: { rounds: number };
    embedding: { repetitions: number };
  },
  crossOriginIsolated: boolean,
): string {
  return [
    `Each figure is the median (min–max) of ${runs} runs${crossOriginIsolated ? ' (cross-origin isolated: µs timer)' : ''}. ` +
      `Except per request, wwe-kit and the baseline alternate sample by sample within a run, in pairs whose order ` +
      `turns (A B, B A, …); a run's ` +
      `time is the median of its samples, its ratio the median of its pairs' ratios. Frames acknowledge on ` +
      `MessagePorts, so no window listener runs while either path is timed but the host's, which then hears nothing.`,
    '',
    `- **Per request**: \`host.receive\` into a window that swallows answers (a run: the median of 3 batches) ` +
      `against one raw \`window.postMessage\` round trip to a cross-origin frame with no host (a run: the median of ` +
      `${options.host.roundTrips}), alternating run by run.`,
    `- **Fan-out**: \`host.emit('agent', …)\` against the same envelope posted by hand to the same 20 subscribed ` +
      `frames, until all acknowledged (${options.host.fanOutRounds} events per path and run).`,
    `- **Large event**: the real \`WorkspaceSimulator\` behind a real \`ServiceHost\` (\`session: false\`), 10 email ` +
      `interactions × 50 user-data keys × 1,000 B (all 50 readable; the simulator's IW_ keys are not), 3 views of ` +
      `each: 30 cross-origin frames, each a page with \`<wwe-bridge>\` and \`<wwe-user-data>\`. wwe-kit: ` +
      `\`simulator.handle('interaction.setUserData', …)\` (one key, a new 1,000 B value), from the call to its ` +
      `return: the simulator raises ATTACHED_DATA_CHANGED, the host filters it and posts it to 30 frames. Baseline: ` +
      `the envelope the host posted for that interaction (captured with \`onTraffic\` in the warm-up), with the ` +
      `same change, posted by hand to the same 30 frames. Rendered: until every view acknowledged after its ` +
      `elements' \`updateComplete\` (${options.largeEvents.rounds} events per path and run).`,
    `- **Embedding**: the same DOM task in \`<main>\`, with a \`ServiceHost\` serving 3 view iframes in the ` +
      `\`<aside>\` (a new host per task, the views registered before the timer starts, disposed after it stops) ` +
      `and without; each task timed until the next task, so the MutationObserver callbacks it caused are in it ` +
      `(${options.embedding.repetitions} tasks per path and run).`,
  ].join('\n');
}

export function hostNotes(
  figures: HostFigures,
  base: HostBenchRuns,
  largeEvents: LargeEventsRuns,
  embedding: EmbeddingRuns,
  pageErrors: readonly string[],
): string[] {
  const { fuzz } = base;
  const showing = (counts: number[]) => `${Math.min(...counts)}–${Math.max(...counts)}`;
  const count = (value: number) => value.toLocaleString('en');
  return [
    `Large event: the envelope the host posted is ${count(largeEvents.envelopeBytes)} B as JSON ` +
      `(${largeEvents.postedKeys} user-data keys); the host posted it to all ${largeEvents.frames} views. ` +
      `Views whose table showed the new value when they acknowledged: ${showing(largeEvents.viewsShowingValue.a)} ` +
      `per event through the host, ${showing(largeEvents.viewsShowingValue.b)} by hand (3 expected: the ` +
      `interaction's own views; the other 27 receive it, update their store and render nothing). ` +
      `Stray acknowledgements: ${largeEvents.strayAcks}. The rendered figure has no target: both paths end in the ` +
      `same 30 frames, which share one renderer process.`,
    `Embedding task: ${embedding.taskShape}. With no host it took ${formatSpread(figures.embedding.baseline, 2)} ms. ` +
      `The control row measures the same way with no host on either side: a ratio inside its range is no ` +
      `difference this run could tell.`,
    `Fuzz: ${count(fuzz.messages)} seeded hostile messages (seed ${fuzz.seed}) in ${fuzz.seconds} s: ` +
      `${fuzz.exceptions} exceptions, ${count(fuzz.answered)} answers to ${count(fuzz.requestShaped)} ` +
      `request-shaped messages, ${fuzz.stateChangingCalls} state-changing backend calls, backend state ` +
      `${fuzz.backendUnchanged ? 'unchanged' : 'CHANGED'}, prototypes ${fuzz.prototypePolluted ? 'POLLUTED' : 'clean'}, ` +
      `${pageErrors.length} page errors${pageErrors.length ? `: ${pageErrors.slice(0, 3).join('; ')}` : ''}.`,
    `host-bench parts, seconds: ${Object.entries(base.seconds)
      .map(([part, value]) => `${part} ${value}`)
      .join(', ')}.`,
    'Sizes in B; 1 kB = 1,000 B.',
  ];
}
