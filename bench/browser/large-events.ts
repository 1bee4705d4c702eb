// Runs in headless Chromium: one ≈ 51 kB interaction event to 30 cross-origin views (10 interactions × 3),
// through the simulator and the host against the same envelope posted by hand. Per run and path, the
// median of several events, the paths interleaved event by event in pairs whose order turns. Node takes the medians and ranges.
import type { LargeEventsOptions, LargeEventsRuns } from './host-figures.js';
import { INTERACTIONS, KEYS, VALUE_BYTES } from './large-events-data.js';
import { LargeEventsWorkspace, type Round } from './large-events-workspace.js';
import { inTurn, median, ratios } from './stats.js';

export async function run(options: LargeEventsOptions): Promise<LargeEventsRuns> {
  const workspace = new LargeEventsWorkspace();
  try {
    await workspace.open(document.querySelector<HTMLElement>('#views')!);
    // Warm-up, which also captures what the host posts for each interaction (the by-hand path's envelope).
    for (let index = 0; index < INTERACTIONS; index++) {
      await workspace.viaHost(true);
      if (workspace.postedCount !== workspace.views.length)
        throw new Error(`The host posted ${workspace.postedCount} events for ${workspace.views.length} views.`);
    }
    for (let index = 0; index < 2; index++) await workspace.byHand();
    const envelope = workspace.posted.get(workspace.interactionIds[0]!)!;

    const main = { a: [] as number[], b: [] as number[], ratio: [] as number[] };
    const rendered = { a: [] as number[], b: [] as number[], ratio: [] as number[] };
    const showing = { a: [] as number[], b: [] as number[] };
    for (let index = 0; index < options.runs; index++) {
      const rounds = await inTurn(
        options.rounds,
        () => workspace.viaHost(),
        () => workspace.byHand(),
      );
      for (const path of ['a', 'b'] as const) {
        main[path].push(median(rounds[path].map((round) => round.mainMs)));
        rendered[path].push(median(rounds[path].map((round) => round.renderedMs)));
        showing[path].push(...rounds[path].map((round) => round.showing));
      }
      // A run's ratio: the median of its pairs' ratios (the host's event over the by-hand one beside it).
      const pairs = (figure: (round: Round) => number) => median(ratios(rounds.a.map(figure), rounds.b.map(figure)));
      main.ratio.push(pairs((round) => round.mainMs));
      rendered.ratio.push(pairs((round) => round.renderedMs));
    }
    return {
      frames: workspace.views.length,
      interactions: INTERACTIONS,
      keysPerInteraction: KEYS,
      valueBytes: VALUE_BYTES,
      envelopeBytes: JSON.stringify(envelope).length,
      postedKeys: Object.keys(envelope.data.interaction.userData).length,
      mainThreadMs: main,
      renderedMs: rendered,
      viewsShowingValue: showing,
      strayAcks: workspace.acks.strays,
    };
  } finally {
    workspace.dispose();
  }
}

(window as unknown as { largeEventsRun: typeof run }).largeEventsRun = run;
