import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bridgeEsm, gzipSize, legacyGlobal, sizeBudgets } from '../../scripts/bundles.js';

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
