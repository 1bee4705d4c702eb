import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { exposeScenarioBindings, runInOpenShell } from '../../scripts/scenario-page.js';
import type { StepResult } from '../../apps/workspace/src/scenario-script/types.js';
import { E2E_LIMIT, optionFile, useDefaultShell } from './harness.js';

// Scenario scripts: the three bundled examples run headless through the real command line (`npm run
// scenario`), and in the shell's Scenarios panel, where Playwright does the view steps the shell asks
// the person to do and presses Done. A scenario that cannot pass exits 1 naming its step; a file that is
// not a scenario exits 2 with the problem, before any server starts.

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = ['inbound-call-lookup.yaml', 'consult-transfer.yaml', 'push-preview-reschedule.yaml'];
const example = (file: string) => `${root}apps/workspace/scenarios/${file}`;

/** Runs `npm run scenario` with `args`; resolves with its exit code and everything it printed. */
function scenarioCommand(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/scenario.ts', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** How many steps a bundled example has: one per "- " item under steps. */
const stepCount = (file: string) =>
  readFileSync(example(file), 'utf8')
    .split('\n')
    .filter((line) => /^ {2}- /.test(line)).length;

describe('npm run scenario (headless)', () => {
  test('runs the three bundled examples, printing each step, and exits 0', async () => {
    const { code, output } = await scenarioCommand(examples.map(example));
    assert.equal(code, 0, output);
    assert.match(output, /✓ 1 ring a call from \+442071234567/);
    assert.match(output, /✓ 2 expect request interaction\.setUserData from CallerLookup, answered/);
    assert.match(output, /✓ \d+ expect request interaction\.completeTransfer from CustomerTab, answered/);
    assert.match(output, /✓ \d+ expect request outbound\.rescheduleRecord from CustomerTab, answered/);
    for (const file of examples) {
      const name = /^name: (.+)$/m.exec(readFileSync(example(file), 'utf8'))![1]!;
      assert.ok(output.includes(`✓ ${name}: all ${stepCount(file)} steps passed.`), `${file}:\n${output}`);
    }
    assert.doesNotMatch(output, /✗/);
  });

  test('exits 1 and names the step whose expectation did not hold', async () => {
    const file = optionFile(
      [
        'name: A request that never comes',
        'steps:',
        "  - ring: { from: '+442071234567' }",
        '  - expect: { request: voice.dial, from: CustomerTab }',
        '    timeout: 300',
        '  - answer:',
      ].join('\n'),
    );
    const { code, output } = await scenarioCommand([file.path]);
    assert.equal(code, 1, output);
    assert.match(output, /✓ 1 ring a call from \+442071234567/);
    assert.match(output, /✗ 2 expect request voice\.dial from CustomerTab\n {4}Not within 300 ms\./);
    assert.match(output, /- 3 answer \(the latest interaction\) \(skipped\)/);
    assert.match(output, /step 2 failed: expect request voice\.dial from CustomerTab/);
  });

  test('exits 2 with the problem of a file that is not a valid scenario', async () => {
    const file = optionFile('name: Misspelt\nsteps:\n  - ansewr: $call\n');
    const { code, output } = await scenarioCommand([file.path]);
    assert.equal(code, 2, output);
    assert.match(
      output,
      /is not a valid scenario:\n {2}Step 1 \(line 3\): 'ansewr' is not a step kind\. Did you mean 'answer'\?/,
    );
    assert.equal((await scenarioCommand([])).code, 2);
  });
});

describe('scenario scripts in the shell', () => {
  const shell = useDefaultShell();

  for (const file of examples) {
    test(`${file} runs from the Scenarios panel, the view steps done in the view and confirmed with Done`, async () => {
      const session = shell.current();
      const { page } = session;
      await page.click('[data-side-tab="scenarios"]');
      await page.selectOption('#script-example', file);
      await page.locator('#script-steps li[data-status="pending"]').first().waitFor();
      await page.click('#script-run');
      // Each view step waits for the person: do it in the view's frame, as they would, then press Done.
      for (;;) {
        await page.locator('#script-turn, #script-result').first().waitFor({ timeout: E2E_LIMIT });
        if (await page.locator('#script-result').count()) break;
        const action = await session.shell<{ action: string; frameSelector: string; selector: string; value?: string }>(
          'shell.scripts.waiting.action',
        );
        assert.match(await page.locator('#script-turn').innerText(), /Your turn:/);
        const target = page.frameLocator(action.frameSelector).locator(action.selector).first();
        if (action.action === 'click') await target.click();
        else if (action.action === 'fill') await target.fill(action.value ?? '');
        else await target.selectOption(action.value ?? '');
        const index = await page.locator('#script-steps li[data-status="waiting"]').getAttribute('data-step');
        await page.click('#script-done');
        await page.locator(`#script-steps li[data-step="${index}"][data-status="passed"]`).waitFor();
      }
      const result = page.locator('#script-result');
      assert.equal(
        await result.getAttribute('data-outcome'),
        'passed',
        await page.locator('#script-steps').innerText(),
      );
      assert.equal(await page.locator('#script-steps li[data-status="passed"]').count(), stepCount(file));
    });
  }

  test("refuses the headless run's bindings to a view's page, so it can neither click elsewhere nor report a step", async () => {
    const { page } = shell.current();
    const reported: string[] = [];
    const notes: string[] = [];
    let waiting: () => void = () => undefined;
    const stepTwoWaits = new Promise<void>((resolve) => (waiting = resolve));
    await exposeScenarioBindings(page, {
      onStep: (step: StepResult) => {
        reported.push(`${step.status} ${step.index} ${step.label}`);
        if (step.index === 2 && step.status === 'running') waiting();
      },
      onNote: (note) => notes.push(note),
    });
    const run = runInOpenShell(
      page,
      'forged.yaml',
      "name: A view forges\nsteps:\n  - ring: { from: '+442071234567' }\n  - waitFor: { state: TALKING }\n    timeout: 600000\n",
    );
    await stepTwoWaits;
    // What the shell's runner would send, word for word: only the caller gives it away.
    const forged = `(async () => {
      const answer = (promise) => promise.then(() => 'accepted', (error) => error.message);
      return [
        await answer(window.wweScenarioStep({ index: 2, label: 'FORGED: every check passed', status: 'passed', detail: '' })),
        await answer(window.wweScenarioViewStep({ action: 'click', section: 'CallerLookup', label: 'Caller lookup',
          interactionId: undefined, frameSelector: 'iframe[data-section="CallerLookup"]:not([data-interaction])',
          selector: 'body', value: undefined, timeout: 1000 })),
      ];
    })()`;
    const view = page.frames().find((frame) => frame.url().includes('/background/'));
    assert.ok(view, 'the background view has a frame');
    const answers = (await view.evaluate(forged)) as string[];
    for (const answer of answers)
      assert.match(answer, /was called from a view's frame \(http:\/\/127\.0\.0\.1:\d+\), not by the shell: refused/);
    // From the shell, the bindings still check what they are given.
    const [badStep, badFrame] = (await page.evaluate(`(async () => {
      const answer = (promise) => promise.then(() => 'accepted', (error) => error.message);
      return [
        await answer(window.wweScenarioStep({ index: 0, label: 'x', status: 'passed', detail: '' })),
        await answer(window.wweScenarioViewStep({ action: 'click', section: 'CallerLookup', label: 'Caller lookup',
          frameSelector: 'iframe', selector: 'body', timeout: 1000 })),
      ];
    })()`)) as string[];
    assert.match(badStep!, /given something other than a step result: refused/);
    assert.match(
      badFrame!,
      /its frame must be the view's iframe, iframe\[data-section="CallerLookup"\]:not\(\[data-interaction\]\)/,
    );
    await page.evaluate('window.wweShell.scripts.stop()');
    const result = await run;
    assert.deepEqual(
      result.steps.map((step) => step.status),
      ['passed', 'failed'],
    );
    assert.deepEqual(reported, [
      'running 1 ring a call from +442071234567',
      'passed 1 ring a call from +442071234567',
      'running 2 wait for an interaction: state TALKING',
      'failed 2 wait for an interaction: state TALKING',
    ]);
    assert.equal(notes.filter((note) => note.includes("view's frame")).length, 2, notes.join('\n'));
  });

  test('shows a YAML error with its pointer on its own line, and runs nothing', async () => {
    const { page } = shell.current();
    await page.setInputFiles('#script-file', {
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('name: Broken\nsteps:\n  - ring: { from: "+44" \n'),
    });
    const problem = page.locator('.script-problems pre').first();
    await problem.waitFor();
    const lines = (await problem.innerText()).split('\n');
    assert.match(lines[0]!, /line \d+, column \d+/);
    assert.equal(lines.at(-1)!.trim(), '^');
    assert.equal(await page.locator('#script-run').isDisabled(), true);
  });
});
