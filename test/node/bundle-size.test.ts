import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { requests } from '@wwe-kit/protocol';
import {
  allElements, bridgeEsm, elementBudgets, elementDefines, elementOwnCode, gzipSize, legacyFileNames, legacyGlobal,
  sizeBudgets, writeLegacyGlobal,
} from '../../scripts/bundles.js';

test(`the bridge ESM entry stays within ${sizeBudgets.bridgeEsm} B minified + gzipped`, async () => {
  const size = gzipSize(await bridgeEsm());
  assert.ok(size <= sizeBudgets.bridgeEsm, `bridge ESM entry is ${size} B gzipped, over its ${sizeBudgets.bridgeEsm} B budget`);
});

test(`the legacy global stays within ${sizeBudgets.legacyGlobal} B minified + gzipped`, async () => {
  const size = gzipSize(await legacyGlobal());
  assert.ok(size <= sizeBudgets.legacyGlobal, `wwe-service-client-api.js is ${size} B gzipped, over its ${sizeBudgets.legacyGlobal} B budget`);
});

test('page bundles ship neither the catalogue tables nor any workspace-side code', async () => {
  for (const code of [await bridgeEsm(), await legacyGlobal()]) {
    // Summaries and parameter checks belong to the host; a page needs only the wire format.
    assert.doesNotMatch(code, /Gets the agent's attributes/);
    assert.doesNotMatch(code, /Call it as/);
    assert.doesNotMatch(code, /accepted-web-content-origins/);
  }
});

test(`each element's own code stays within ${elementBudgets.eachElement} B, and all of them with Lit within ${elementBudgets.allWithLit} B`, async () => {
  for (const name of elementDefines) {
    const size = gzipSize(await elementOwnCode(name));
    assert.ok(size <= elementBudgets.eachElement, `wwe-${name} is ${size} B gzipped, over its ${elementBudgets.eachElement} B budget`);
  }
  const all = await allElements();
  assert.ok(gzipSize(all) <= elementBudgets.allWithLit, `all elements are ${gzipSize(all)} B gzipped, over ${elementBudgets.allWithLit} B`);
  // Elements ship the wire format, not the host's catalogue summaries or parameter checks.
  assert.doesNotMatch(all, /Gets the agent's attributes/);
  assert.doesNotMatch(all, /Call it as/);
});

test('the legacy global carries every request of the catalogue with its parameter count, computed at build time', async () => {
  const code = await legacyGlobal();
  // The table as the bundle inlines it: "<namespace> <method><count>…" per namespace.
  const table = /"((?:[a-zA-Z]+ (?:[a-zA-Z]+\d+)+,?)+)"/.exec(code)?.[1];
  assert.ok(table, 'no method table in wwe-service-client-api.js');
  const inlined = table.split(',').flatMap((group) => {
    const [namespace, methods = ''] = group.split(' ');
    return [...methods.matchAll(/(\D+)(\d+)/g)].map(([, method, count]) => [`${namespace}.${method}`, Number(count)]);
  });
  assert.deepEqual(inlined, Object.entries(requests).map(([name, spec]) => [name, spec.params.length]));
});

test('the build writes the legacy global under both spellings, wwe- and wws-service-client-api.js', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wwe-kit-legacy-'));
  try {
    const code = await writeLegacyGlobal(dir);
    assert.deepEqual([...legacyFileNames], ['wwe-service-client-api.js', 'wws-service-client-api.js']);
    for (const name of legacyFileNames) assert.equal(readFileSync(join(dir, name), 'utf8'), code, name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
