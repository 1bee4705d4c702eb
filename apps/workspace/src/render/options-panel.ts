/**
 * The option data in force: where it came from, its current problems, and an editor of the file's
 * own text (placeholders such as `${APPS_ORIGIN}` intact) that applies changes at once.
 */
import { html, nothing } from 'lit';
import { yamlProblems, type YamlProblem } from '../desk/yaml-problems.js';
import { expandPlaceholders } from '../options-endpoint.js';
import type { Shell } from '../shell.js';

const editor = () => document.getElementById('options-text') as HTMLTextAreaElement;

/** Applies the editor's text: a YAML error stays in the panel; otherwise the placeholders are replaced and the host takes it. */
function apply(shell: Shell): void {
  const source = shell.desk.optionSource ?? { text: shell.optionText, variables: {} };
  const text = editor().value;
  shell.desk.optionDraft = text;
  shell.desk.yamlProblems = yamlProblems(text);
  if (shell.desk.yamlProblems.length) {
    const count = shell.desk.yamlProblems.length;
    shell.status = {
      text: `The option data was not applied: it is not valid YAML (${count} error${count === 1 ? '' : 's'}, shown in the Options panel).`,
      error: true,
    };
    shell.requestRender();
    return;
  }
  // Only the problems of what is applied now are shown: the host reports its own again as it reads the new data.
  shell.hostProblems = [];
  shell.desk.optionSource = { ...source, text };
  shell.desk.optionDraft = undefined;
  shell.applyOptions(expandPlaceholders(text, source.variables));
}

function revert(shell: Shell): void {
  const source = shell.desk.optionSource;
  if (source) editor().value = source.text;
  shell.desk.optionDraft = undefined;
  shell.desk.yamlProblems = [];
  shell.requestRender();
}

const yamlProblem = (problem: YamlProblem) =>
  html`<li>${problem.message}${problem.line === undefined ? nothing : html` (line ${problem.line}, column ${problem.column})`}
    ${problem.frame ? html`<pre class="problem-frame">${problem.frame}</pre>` : nothing}</li>`;

export function optionsPanel(shell: Shell) {
  const problems = [...shell.problems, ...shell.hostProblems];
  const yaml = shell.desk.yamlProblems;
  const source = shell.desk.optionDraft ?? shell.desk.optionSource?.text ?? shell.optionText;
  const placeholders = Object.keys(shell.desk.optionSource?.variables ?? {});
  return html`<section id="options-panel" aria-label="Option data">
    <p class="hint">Loaded from <code>${shell.optionPath}</code>. Changes here last until the page reloads; edit the file to keep them.</p>
    ${
      yaml.length
        ? html`<div class="card" role="alert"><h2>Not valid YAML: nothing was applied</h2>
        <ul id="option-yaml-problems" class="problems">${yaml.map(yamlProblem)}</ul></div>`
        : nothing
    }
    <div class="card"><h2>Problems</h2>
      ${
        problems.length
          ? html`<ul id="option-problems" class="problems">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>`
          : html`<p id="option-problems" class="hint">No problems found in the option data in force.</p>`
      }
    </div>
    <div class="card"><h2><label for="options-text">Option file</label></h2>
      <p class="hint" id="options-text-hint">YAML, as in the file.${placeholders.length ? html` ${placeholders.map((name) => html`<code>\${${name}}</code> `)}are replaced when applied.` : nothing}</p>
      <textarea id="options-text" rows="18" spellcheck="false" aria-describedby="options-text-hint" .value=${source}
        @input=${(event: Event) => {
          shell.desk.optionDraft = (event.target as HTMLTextAreaElement).value;
        }}></textarea>
      <div class="buttons">
        <button type="button" class="primary" id="options-apply" @click=${() => apply(shell)}>Apply</button>
        <button type="button" class="secondary" id="options-revert" title="Puts back the text last applied" @click=${() => revert(shell)}>Revert</button>
      </div>
    </div>
  </section>`;
}
