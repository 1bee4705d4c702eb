import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allElements, bridgeEsm, elementBudgets, elementDefines, elementOwnCode, gzipSize, legacyGlobal, sizeBudgets,
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
