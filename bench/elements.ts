/** The elements' sizes (each, and all with Lit and the bridge) and the messages a page sends Workspace at startup. */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  allElements,
  elementBudgets,
  elementDefines,
  elementOwnCode,
  elementsShared,
  gzipSize,
} from '../scripts/bundles.js';
import { benchDir, markdownTable, type Harness } from './harness.js';

export async function benchElements(harness: Harness): Promise<string> {
  const each = Object.fromEntries(
    await Promise.all(
      elementDefines.map(async (name) => [`wwe-${name}`, gzipSize(await elementOwnCode(name))] as const),
    ),
  );
  const shared = gzipSize(await elementsShared());
  const all = gzipSize(await allElements());
  const page = await harness.browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.log(`  [elements bench] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`  [elements bench] ${error.message}`));
  await page.goto(harness.url('/elements-bench.html'));
  await page.waitForFunction(() => 'elementsBenchRun' in globalThis);
  const startup = await page.evaluate(() =>
    (
      globalThis as unknown as {
        elementsBenchRun: () => Promise<{
          once: string[];
          tenTimes: string[];
          stateChange: { renders: number[]; microseconds: number[] };
        }>;
      }
    ).elementsBenchRun(),
  );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const stateChange = {
    rounds: startup.stateChange.renders.length,
    renders: median(startup.stateChange.renders),
    medianUsToLastRender: Math.round(median(startup.stateChange.microseconds)),
    target: 'renders ≤ 10',
  };
  await page.close();
  const results = {
    date: new Date().toISOString(),
    sizeGzip: { each, sharedOnce: shared, allElementsWithBridgeAndLit: all, budgets: elementBudgets },
    startupMessages: {
      fourElements: startup.once.length,
      fortyElements: startup.tenTimes.length,
      same: JSON.stringify(startup.once) === JSON.stringify(startup.tenTimes),
      messages: startup.once,
      target: '≤ 7, the same for 4 and 40',
    },
    agentStateChangeWith40Elements: stateChange,
  };
  mkdirSync(`${benchDir}results`, { recursive: true });
  writeFileSync(`${benchDir}results/elements.json`, `${JSON.stringify(results, null, 2)}\n`);
  const rows: Array<Array<string | number>> = [
    ['figure', 'value', 'target'],
    ...Object.entries(each).map(([tag, size]) => [
      `${tag}, own code without Lit, min+gz (B)`,
      size,
      `≤ ${elementBudgets.eachElement}`,
    ]),
    ['shared store, controller and helpers, once, min+gz (B)', shared, ''],
    ['every element + the bridge + Lit + @lit/context, min+gz (B)', all, `≤ ${elementBudgets.allWithLit}`],
    ['startup messages, each element once', startup.once.length, '≤ 7'],
    ['startup messages, each element ten times', startup.tenTimes.length, 'same as once'],
    [
      'renders caused by one agent STATE_CHANGED, 40 elements (10 of each of four kinds), median',
      stateChange.renders,
      '≤ 10',
    ],
    [
      `its arrival to the last render, 40 elements, median of ${stateChange.rounds} (µs)`,
      stateChange.medianUsToLastRender,
      '',
    ],
  ];
  const text = `# Elements benchmark\n\n${results.date}, ${harness.browser.version()}. Startup messages: ${startup.once.join(', ')}.\n\n${markdownTable(rows)}\n`;
  writeFileSync(`${benchDir}results/elements.md`, text);
  return text;
}
