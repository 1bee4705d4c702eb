/** The bridge's round trip and burst cost against a raw postMessage echo over the same cross-origin frame, and the page-side bundle sizes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { bridgeEsm, gzipSize, legacyGlobal, sizeBudgets } from '../scripts/bundles.js';
import { benchDir, markdownTable, type Harness } from './harness.js';

interface BenchFigures {
  crossOriginIsolated: boolean;
  samples: number;
  rawRttMs: number;
  bridgeRttMs: number;
  rawTrimmedMeanMs: number;
  bridgeTrimmedMeanMs: number;
  burstPerRequestMs: Record<string, { bridge: number; raw: number }>;
}

export async function benchBridge(harness: Harness): Promise<string> {
  const page = await harness.browser.newPage();
  await page.goto(harness.url('/bench.html'));
  await page.waitForFunction(() => 'benchRun' in globalThis);
  const figures = await page.evaluate(() =>
    (
      globalThis as unknown as { benchRun: (options: { rounds: number; perRound: number }) => Promise<BenchFigures> }
    ).benchRun({ rounds: 10, perRound: 600 }),
  );
  await page.close();
  const burst = figures.burstPerRequestMs;
  const sizes = { bridgeEsmGzip: gzipSize(await bridgeEsm()), legacyGlobalGzip: gzipSize(await legacyGlobal()) };
  const results = {
    date: new Date().toISOString(),
    chromium: harness.browser.version(),
    crossOriginIsolated: figures.crossOriginIsolated,
    roundTrip: {
      samplesEach: figures.samples,
      rawMedianUs: +(figures.rawRttMs * 1000).toFixed(1),
      bridgeMedianUs: +(figures.bridgeRttMs * 1000).toFixed(1),
      rttRatio: +(figures.bridgeRttMs / figures.rawRttMs).toFixed(3),
      // The middle 80 % of samples, averaged: finer than the median where the clock is coarse.
      rawTrimmedMeanUs: +(figures.rawTrimmedMeanMs * 1000).toFixed(1),
      bridgeTrimmedMeanUs: +(figures.bridgeTrimmedMeanMs * 1000).toFixed(1),
      trimmedMeanRatio: +(figures.bridgeTrimmedMeanMs / figures.rawTrimmedMeanMs).toFixed(3),
      target: '≤ 1.15',
    },
    burst: {
      perRequestUs: Object.fromEntries(
        Object.entries(burst).map(([size, { bridge, raw }]) => [
          size,
          { bridge: +(bridge * 1000).toFixed(2), raw: +(raw * 1000).toFixed(2) },
        ]),
      ),
      burstScaling: +(burst['10000']!.bridge / burst['100']!.bridge).toFixed(3),
      target: '10,000 ≤ 1.2 × 100',
    },
    size: { ...sizes, budgets: sizeBudgets },
  };

  mkdirSync(`${benchDir}results`, { recursive: true });
  writeFileSync(`${benchDir}results/bridge.json`, `${JSON.stringify(results, null, 2)}\n`);
  const rows = [
    ['figure', 'bridge', 'baseline', 'ratio', 'target'],
    [
      'round trip, median of sequential (µs)',
      results.roundTrip.bridgeMedianUs,
      results.roundTrip.rawMedianUs,
      results.roundTrip.rttRatio,
      '≤ 1.15',
    ],
    ...Object.entries(results.burst.perRequestUs).map(([size, { bridge, raw }]) => [
      `burst of ${size}, per request (µs)`,
      bridge,
      raw,
      +(bridge / raw).toFixed(3),
      '',
    ]),
    [
      'round trip, trimmed mean (µs)',
      results.roundTrip.bridgeTrimmedMeanUs,
      results.roundTrip.rawTrimmedMeanUs,
      results.roundTrip.trimmedMeanRatio,
      '',
    ],
    ['burstScaling (10,000 / 100)', results.burst.burstScaling, '', '', '≤ 1.2'],
    ['bridge ESM entry, min+gz (B)', sizes.bridgeEsmGzip, sizeBudgets.bridgeEsm, '', `≤ ${sizeBudgets.bridgeEsm}`],
    [
      'legacy global, min+gz (B)',
      sizes.legacyGlobalGzip,
      sizeBudgets.legacyGlobal,
      '',
      `≤ ${sizeBudgets.legacyGlobal}`,
    ],
  ];
  const text = `# Bridge benchmark\n\n${results.date}, ${results.chromium}, ${figures.samples} sequential samples each, cross-origin frame${figures.crossOriginIsolated ? ', cross-origin isolated' : ''}.\n\n${markdownTable(rows)}\n`;
  writeFileSync(`${benchDir}results/bridge.md`, text);
  return text;
}
