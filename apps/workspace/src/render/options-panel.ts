/** The option data in force: where it came from, its problems, and an editor that applies changes at once. */
import { html } from 'lit';
import type { Shell } from '../shell.js';

export function optionsPanel(shell: Shell) {
  const problems = [...shell.problems, ...shell.hostProblems];
  return html`<section id="options-panel" aria-label="Option data">
    <p class="hint">Loaded from <code>${shell.optionPath}</code>. Changes here last until reload; edit the file to keep them.</p>
    ${problems.length ? html`<ul id="option-problems" class="problems">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>` : html`<p id="option-problems">No problems found in the option data.</p>`}
    <h3>Views</h3>
    <ul id="view-list">${shell.views.specs.map(
      (spec) => html`<li data-view-spec=${spec.section}>
      <strong>${spec.label}</strong> (${spec.section}) — ${spec.level}-level ${spec.mode}: <code>${spec.url}</code></li>`,
    )}</ul>
    <textarea id="options-text" rows="18" spellcheck="false" .value=${shell.optionText}></textarea>
    <button id="options-apply" @click=${() => shell.applyOptions((document.getElementById('options-text') as HTMLTextAreaElement).value)}>Apply</button>
  </section>`;
}
