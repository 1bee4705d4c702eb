/**
 * The Scenarios panel's "Scenario scripts" section: pick a bundled example or open a YAML file, see
 * its steps, run it, and follow each step's result. A step inside a view's page (click, fill,
 * select) is the person's turn: the shell cannot script another origin's page, so it says what to
 * do and waits for Done (`npm run scenario` does those steps with Playwright instead).
 */
import { html, nothing } from 'lit';
import { bundledScripts } from '../scenario-script/examples.js';
import { describeViewAction, type StepResult } from '../scenario-script/index.js';
import type { Shell } from '../shell.js';

const icons: Record<StepResult['status'], string> = {
  pending: '○',
  running: '…',
  waiting: '☞',
  passed: '✓',
  failed: '✗',
  skipped: '–',
};
const statusWords: Record<StepResult['status'], string> = {
  pending: 'not run yet',
  running: 'running',
  waiting: 'waiting for you',
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
};

async function openFile(shell: Shell, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  shell.scripts.choose({ file: file.name, text: await file.text() });
  // The same file may be opened again after an edit.
  input.value = '';
}

function step(result: StepResult, waiting: boolean) {
  const status = waiting ? 'waiting' : result.status;
  return html`<li data-step=${result.index} data-status=${status}>
    <span class="script-icon" aria-hidden="true">${icons[status]}</span>
    <span class="script-label"><span class="script-index">${result.index}</span> ${result.label}
      <span class="visually-hidden">: ${statusWords[status]}</span></span>
    ${result.detail ? html`<p class="script-detail">${result.detail}</p>` : nothing}
  </li>`;
}

function outcome(shell: Shell) {
  const { result, running } = shell.scripts;
  if (running || !result || result.problems.length) return nothing;
  const failed = result.steps.find((entry) => entry.status === 'failed');
  return html`<p id="script-result" role="status" data-outcome=${failed ? 'failed' : 'passed'}>
    ${failed ? `Step ${failed.index} failed: ${failed.label}. The steps after it were skipped.` : `All ${result.steps.length} steps passed.`}
  </p>`;
}

/** The scenario scripts section of the Scenarios panel. */
export function scenarioScripts(shell: Shell) {
  const scripts = shell.scripts;
  const { chosen, script, problems, running, waiting } = scripts;
  return html`<section id="scenario-scripts" class="scenario-scripts" aria-labelledby="scenario-scripts-title">
    <h2 id="scenario-scripts-title">Scenario scripts</h2>
    <p class="hint">A scenario is a YAML file of steps: ring a call, act at the desk, expect requests and events from the views.
      The same file runs headless: <code>npm run scenario -- my.yaml</code>.</p>
    <div class="script-pick">
      <label>Example
        <select id="script-example" ?disabled=${running} @change=${(event: Event) => {
          const picked = bundledScripts.find((entry) => entry.file === (event.target as HTMLSelectElement).value);
          if (picked) scripts.choose(picked);
        }}>
          <option value="" ?selected=${!chosen}>Choose an example…</option>
          ${bundledScripts.map((entry) => html`<option value=${entry.file} ?selected=${chosen?.file === entry.file}>${entry.file}</option>`)}
        </select></label>
      <label>Or open a file <input id="script-file" type="file" accept=".yaml,.yml,text/yaml" ?disabled=${running}
        @change=${(event: Event) => void openFile(shell, event.target as HTMLInputElement)}></label>
    </div>
    ${
      chosen && script
        ? html`<h3 class="script-name">${script.name} <small>${chosen.file}</small></h3>
      ${script.description ? html`<p class="hint">${script.description}</p>` : nothing}`
        : nothing
    }
    ${
      problems.length
        ? html`<div class="script-problems" role="alert">
      <p>${chosen?.file ?? 'The file'} cannot run: fix ${problems.length === 1 ? 'this' : 'these'} first.</p>
      <ul>${problems.map((problem) => html`<li><pre>${problem}</pre></li>`)}</ul></div>`
        : nothing
    }
    ${
      waiting
        ? html`<div id="script-turn" class="script-turn" role="status">
      <p><strong>Your turn:</strong> ${describeViewAction(waiting.action)}.</p>
      <p class="hint">The shell cannot click inside a view of another origin: do it yourself in the view, then press Done.
        Headless, <code>npm run scenario</code> does it with Playwright.</p>
      <button type="button" class="primary" id="script-done" data-step-done @click=${() => waiting.done()}>Done</button></div>`
        : nothing
    }
    ${
      scripts.steps.length
        ? html`<ol id="script-steps" class="script-steps">${scripts.steps.map((entry) =>
            step(entry, waiting !== undefined && entry.status === 'running'),
          )}</ol>`
        : nothing
    }
    <div class="buttons">
      <button type="button" class="primary" id="script-run" ?disabled=${running || !script}
        @click=${() => chosen && void scripts.run(chosen.text, { file: chosen.file })}>${scripts.result ? 'Run again' : 'Run'}</button>
      ${running ? html`<button type="button" id="script-stop" @click=${() => scripts.stop()}>Stop</button>` : nothing}
    </div>
    ${outcome(shell)}
  </section>`;
}
