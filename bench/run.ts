/**
 * `npm run bench`: the bridge's round trip and burst cost against a raw
 * postMessage echo over the same cross-origin frame, in headless Chromium,
 * and the page-side bundle sizes. Writes bench/results/bridge.json and a table.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { bridgeEsm, gzipSize, legacyGlobal, sizeBudgets } from '../scripts/bundles.js';
import { chromiumPath, ensureChromium } from '../scripts/chromium.js';
import { chromiumFlags } from '../scripts/chromium-flags.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
if (!ensureChromium()) process.exit(1);

const bundle = await build({
  entryPoints: [`${here}browser/bench.ts`], bundle: true, format: 'esm', write: false, conditions: ['source'], target: 'es2022', minify: true,
});
const files: Record<string, [string, string]> = {
  '/bench.html': ['text/html', readFileSync(`${here}browser/bench.html`, 'utf8')],
  '/echo.html': ['text/html', readFileSync(`${here}browser/echo.html`, 'utf8')],
  '/bench.js': ['text/javascript', bundle.outputFiles[0]!.text],
};
// Cross-origin isolation gives performance.now() microsecond resolution; the frame opts in with CORP.
const server = createServer((request, response) => {
  const file = files[new URL(request.url ?? '/', 'http://x').pathname];
  response.writeHead(file ? 200 : 404, {
    'Content-Type': file?.[0] ?? 'text/plain',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
  response.end(file?.[1] ?? 'not found');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...chromiumFlags],
});
const page = await browser.newPage();
await page.goto(`http://localhost:${port}/bench.html`);
await page.waitForFunction(() => 'benchRun' in globalThis);
const figures = await page.evaluate(
  () => (globalThis as unknown as { benchRun: (options: { rounds: number; perRound: number }) => Promise<BenchFigures> }).benchRun({ rounds: 10, perRound: 600 }),
);
await browser.close();
server.close();

interface BenchFigures {
  crossOriginIsolated: boolean;
  samples: number;
  rawRttMs: number;
  bridgeRttMs: number;
  rawTrimmedMeanMs: number;
  bridgeTrimmedMeanMs: number;
  burstPerRequestMs: Record<string, { bridge: number; raw: number }>;
}

const burst = figures.burstPerRequestMs;
const sizes = { bridgeEsmGzip: gzipSize(await bridgeEsm()), legacyGlobalGzip: gzipSize(await legacyGlobal()) };
const results = {
  date: new Date().toISOString(),
  chromium: browser.version(),
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
    perRequestUs: Object.fromEntries(Object.entries(burst).map(([size, { bridge, raw }]) => [size, { bridge: +(bridge * 1000).toFixed(2), raw: +(raw * 1000).toFixed(2) }])),
    burstScaling: +(burst['10000']!.bridge / burst['100']!.bridge).toFixed(3),
    target: '10,000 ≤ 1.2 × 100',
  },
  size: { ...sizes, budgets: sizeBudgets },
};

mkdirSync(`${here}results`, { recursive: true });
writeFileSync(`${here}results/bridge.json`, `${JSON.stringify(results, null, 2)}\n`);
const rows = [
  ['figure', 'bridge', 'baseline', 'ratio', 'target'],
  ['round trip, median of sequential (µs)', results.roundTrip.bridgeMedianUs, results.roundTrip.rawMedianUs, results.roundTrip.rttRatio, '≤ 1.15'],
  ...Object.entries(results.burst.perRequestUs).map(([size, { bridge, raw }]) => [`burst of ${size}, per request (µs)`, bridge, raw, +(bridge / raw).toFixed(3), '']),
  ['round trip, trimmed mean (µs)', results.roundTrip.bridgeTrimmedMeanUs, results.roundTrip.rawTrimmedMeanUs, results.roundTrip.trimmedMeanRatio, ''],
  ['burstScaling (10,000 / 100)', results.burst.burstScaling, '', '', '≤ 1.2'],
  ['bridge ESM entry, min+gz (B)', sizes.bridgeEsmGzip, sizeBudgets.bridgeEsm, '', `≤ ${sizeBudgets.bridgeEsm}`],
  ['legacy global, min+gz (B)', sizes.legacyGlobalGzip, sizeBudgets.legacyGlobal, '', `≤ ${sizeBudgets.legacyGlobal}`],
].map((row) => row.map(String));
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
const table = rows.map((row) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`);
table.splice(1, 0, `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
const text = `# Bridge benchmark\n\n${results.date}, ${results.chromium}, ${figures.samples} sequential samples each, cross-origin frame${figures.crossOriginIsolated ? ', cross-origin isolated' : ''}.\n\n${table.join('\n')}\n`;
writeFileSync(`${here}results/bridge.md`, text);
console.log(text);
