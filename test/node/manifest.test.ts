import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderManifestFiles } from '../../scripts/manifest.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('custom-elements.json, the JSX typings and the VS Code data match the elements (run npm run manifest)', () => {
  for (const [path, fresh] of Object.entries(renderManifestFiles())) {
    assert.equal(readFileSync(`${root}${path}`, 'utf8'), fresh, `${path} is stale: run npm run manifest and commit it`);
  }
});

test('the manifest describes every attribute, event, part, slot and CSS property the elements document', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as {
    modules: Array<{ declarations?: Array<Record<string, unknown[] | string | boolean | undefined>> }>;
  };
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration['customElement']);
  assert.deepEqual(elements.map((element) => element['tagName']).sort(), ['wwe-agent-state', 'wwe-bridge', 'wwe-dial-pad', 'wwe-outbound-preview', 'wwe-record-fields', 'wwe-toast-trigger']);
  for (const element of elements) {
    for (const field of ['attributes', 'events', 'cssParts', 'cssProperties']) {
      assert.ok((element[field] as unknown[] | undefined)?.length, `${String(element['tagName'])} documents no ${field}`);
    }
    for (const field of ['attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
      for (const entry of (element[field] as Array<{ name: string; description?: string }> | undefined) ?? []) {
        assert.ok(entry.description, `${String(element['tagName'])} ${field} '${entry.name}' has no description`);
      }
    }
  }
});
