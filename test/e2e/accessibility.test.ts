import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { E2E_LIMIT, useDefaultShell } from './harness.js';

// axe finds nothing on the shell in each state a person meets: the desktop as it opens, a toast up, a dialog a
// view opened, an option file that is not YAML, and the docked traffic inspector holding traffic. The views'
// own pages (cross-origin iframes: the bundled apps) are theirs to answer for, so axe looks at the shell only:
// each app page rightly has its own banner and main, which axe, counting the frames into the shell, reports as
// landmarks that are not unique.
// The shell's three tab strips follow the WAI-ARIA APG tabs pattern, keys included.

const shell = useDefaultShell();

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** An inbound call from the sample CRM's known caller, ringing; the background view pops its toast. */
async function ring(page: Page): Promise<void> {
  await page.click('[data-scenario="inbound-call"]');
  await page.locator('li[data-interaction="1"][data-state="RINGING"]').waitFor();
}

test('the desktop as it opens has no accessibility violations, one h1 and its landmarks', async () => {
  const { page } = shell.current();
  assert.deepEqual(await violations(page), []);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.getByRole('banner').count(), 1);
  assert.equal(await page.getByRole('main').count(), 1);
  assert.equal(await page.getByRole('navigation', { name: 'Desktop' }).count(), 1);
  assert.equal(await page.getByRole('complementary', { name: 'Tools' }).count(), 1);
  assert.equal(await page.getByRole('region', { name: 'Traffic inspector' }).count(), 1);
});

test('with a call ringing and its toast up, nothing is violated and the toast is a labelled group', async () => {
  const { page } = shell.current();
  await ring(page);
  const toast = page.locator('#toasts [data-toast]').first();
  await toast.waitFor();
  assert.equal(await toast.getAttribute('role'), 'group');
  assert.deepEqual(await violations(page), []);
  assert.equal(await page.getByRole('banner').count(), 1);
});

test('with a dialog a view opened, nothing is violated', async () => {
  const session = shell.current();
  const { page } = session;
  await ring(page);
  await page.locator('[data-action="answer"]').click();
  await page.locator('iframe[data-section="CustomerTab"][data-interaction="1"]').waitFor();
  // What system.openDialog from the Customer view does: the simulator opens the dialog under that view's frame.
  await page.evaluate(`(() => {
    const shell = window.wweShell;
    const owner = shell.host.frames.find((frame) => frame.section === 'CustomerTab');
    shell.simulator.views.openDialog(${JSON.stringify(session.servers.appsOrigin)} + '/tab/', { label: 'Customer notes' }, owner.frameId);
    shell.requestRender();
  })()`);
  await page.locator('#dialogs dialog[data-dialog]').waitFor();
  assert.deepEqual(await violations(page), []);
});

test('with option data that is not YAML applied, the error is in the panel and nothing is violated', async () => {
  const { page } = shell.current();
  await page.getByRole('tab', { name: 'Options' }).click();
  const editor = page.getByLabel('Option file');
  const before = await editor.inputValue();
  assert.match(before, /\$\{APPS_ORIGIN\}/, 'the editor shows the file as written, placeholders intact');
  await editor.fill('interaction-workspace:\n  a: b: c\n');
  await page.click('#options-apply');
  const problem = page.locator('#option-yaml-problems li').first();
  await problem.waitFor();
  assert.match((await problem.locator('pre').textContent()) ?? '', /^ {2}a: b: c\n {5}\^$/);
  assert.deepEqual(await violations(page), []);
  // Fixed, the problem is gone on the next apply.
  await editor.fill(before);
  await page.click('#options-apply');
  await page.locator('#option-yaml-problems').waitFor({ state: 'detached' });
});

test('with the docked inspector holding traffic, nothing is violated', async () => {
  const { page } = shell.current();
  await ring(page);
  await page.waitForFunction('window.wweShell.traffic.size > 0', undefined, { timeout: E2E_LIMIT });
  await page.locator('#dock *').first().waitFor();
  assert.deepEqual(await violations(page), []);
});

/** The tab strip `name`'s tabs: which is selected, which is in the Tab order, and which has the focus. */
async function strip(page: Page, name: string) {
  // A string, so that this Node-typed file needs no DOM types; it runs in the page.
  return page.evaluate<{
    selected: string[];
    inTabOrder: string[];
    focused: string | null;
    panelRole: string | null | undefined;
    panelLabelledBySelected: boolean;
  }>(`(() => {
    const list = [...document.querySelectorAll('[role="tablist"]')].find(
      (each) => each.getAttribute('aria-label') === ${JSON.stringify(name)},
    );
    const tabs = [...list.querySelectorAll('[role="tab"]')];
    const selected = tabs.filter((tab) => tab.getAttribute('aria-selected') === 'true');
    const panel = document.getElementById(selected[0]?.getAttribute('aria-controls') ?? '');
    return {
      selected: selected.map((tab) => tab.textContent.trim()),
      inTabOrder: tabs.filter((tab) => tab.getAttribute('tabindex') === '0').map((tab) => tab.textContent.trim()),
      focused: document.activeElement && tabs.includes(document.activeElement) ? document.activeElement.textContent.trim() : null,
      panelRole: panel?.getAttribute('role'),
      panelLabelledBySelected: panel?.getAttribute('aria-labelledby') === selected[0]?.id,
    };
  })()`);
}

test('the tab strips follow the APG pattern: arrows, Home and End move and select, one tab in the Tab order', async () => {
  const { page } = shell.current();
  const side = page.locator('[data-side-tab="scenarios"]');
  await side.focus();
  const expectSide = async (label: string) =>
    assert.deepEqual(await strip(page, 'Tools'), {
      selected: [label],
      inTabOrder: [label],
      focused: label,
      panelRole: 'tabpanel',
      panelLabelledBySelected: true,
    });
  await expectSide('Scenarios');
  await page.keyboard.press('ArrowRight');
  await page.locator('[data-side-tab="views"][aria-selected="true"]').waitFor();
  await expectSide('Views');
  await page.keyboard.press('End');
  await page.locator('[data-side-tab="options"][aria-selected="true"]').waitFor();
  await expectSide('Options');
  await page.keyboard.press('ArrowRight');
  await page.locator('[data-side-tab="scenarios"][aria-selected="true"]').waitFor();
  await expectSide('Scenarios');
  await page.keyboard.press('ArrowLeft');
  await page.locator('[data-side-tab="options"][aria-selected="true"]').waitFor();
  await page.keyboard.press('Home');
  await page.locator('[data-side-tab="scenarios"][aria-selected="true"]').waitFor();
  await expectSide('Scenarios');

  // The selected interaction's views: Customer, then Details.
  await ring(page);
  await page.locator('[data-view-tab="CustomerTab"][aria-selected="true"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('[data-view-tab="details"][aria-selected="true"]').waitFor();
  assert.deepEqual(await strip(page, 'Views of interaction 1'), {
    selected: ['Details'],
    inTabOrder: ['Details'],
    focused: 'Details',
    panelRole: 'tabpanel',
    panelLabelledBySelected: true,
  });

  // The desktop strip: its one tab stays selected whatever the key.
  await page.locator('[data-desktop-tab="interactions"]').focus();
  await page.keyboard.press('End');
  const desktop = await strip(page, 'Desktop');
  assert.equal(desktop.selected.length, 1);
  assert.equal(desktop.panelRole, 'tabpanel');
  assert.ok(desktop.panelLabelledBySelected);
});
