// The bench's own machinery: how runs alternate, how a range is summarised, and how a run that did not
// write every section is caught (npm run bench:stress relies on it). No timing is measured here.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { alternate, inTurn, spread } from '../../bench/browser/stats.js';
import { benchMeta, metaLine } from '../../bench/meta.js';
import { staleOrFailedSections } from '../../bench/results-check.js';

test('runs take turns A B, B A, so neither path always goes first', async () => {
  const order: string[] = [];
  const series = await inTurn(
    4,
    () => (order.push('A'), 1),
    () => (order.push('B'), 2),
    () => (order.push('ref'), 3),
  );
  assert.deepEqual(order, ['A', 'B', 'ref', 'B', 'A', 'ref', 'A', 'B', 'ref', 'B', 'A', 'ref']);
  assert.deepEqual(series, { a: [1, 1, 1, 1], b: [2, 2, 2, 2], after: [3, 3, 3, 3] });
});

test('a figure is the median of its runs, with their range; ratios are per run', async () => {
  assert.deepEqual(spread([5, 1, 3, 9]), { median: 4, min: 1, max: 9 });
  const a = [2, 4, 6];
  const b = [1, 2, 2];
  const result = await alternate(
    3,
    () => a.shift()!,
    () => b.shift()!,
  );
  assert.deepEqual(result.ratio, [2, 2, 3]);
});

test('results record the commit, the load and the cores, and say when the load exceeds them', () => {
  const meta = benchMeta(true, '150.0');
  assert.match(meta.commit, /^[0-9a-f]{7,}(-dirty)?$|^unknown/);
  assert.equal(meta.loadavg.length, 3);
  assert.ok(meta.cpus >= 1);
  assert.equal(meta.warning !== undefined, meta.loadavg[0]! > meta.cpus);
  assert.match(metaLine(meta), /commit .*Chromium 150\.0.*CPUs, load .*--quick/);
});

test('a run that left a section unwritten, stale or failed is named', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const since = new Date('2026-11-30T10:00:00Z');
  const write = (name: string, fields: object) => writeFileSync(join(dir, `${name}.json`), JSON.stringify(fields));
  write('fresh', { meta: { date: '2026-11-30T10:05:00Z' } });
  write('stale', { meta: { date: '2026-11-30T09:55:00Z' } });
  write('failed', { meta: { date: '2026-11-30T10:05:00Z' }, failed: 'Error: timeout' });
  assert.deepEqual(staleOrFailedSections(since, dir, ['fresh', 'stale', 'failed', 'missing']), [
    'stale',
    'failed',
    'missing',
  ]);
});
