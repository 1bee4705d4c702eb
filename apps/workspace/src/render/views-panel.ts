/**
 * The Views panel: for each view, what the shell sees (loaded, announced, first message, subscribed
 * names, refused and ignored messages) and, when a view stays silent or is refused, the likely
 * causes in words, most likely first.
 */
import { html, nothing } from 'lit';
import type { Diagnosis, ViewHealth } from '../diagnosis/diagnose.js';
import type { Shell } from '../shell.js';
import type { LiveView } from '../views.js';

const healthLabels: Record<ViewHealth, string> = {
  'not-opened': 'Not opened',
  loading: 'Loading',
  waiting: 'Waiting',
  talking: 'Talking',
  silent: 'Silent',
  refused: 'Refused',
};

/** Health that needs the developer's attention. */
const TROUBLE: ReadonlySet<ViewHealth> = new Set(['silent', 'refused']);

const clock = (time: number | undefined) =>
  time === undefined ? '—' : new Date(time).toLocaleTimeString([], { hour12: false });

const modeLabels: Record<LiveView['spec']['mode'], string> = {
  tab: 'tab',
  popup: 'popup',
  background: 'background',
  hidden: 'hidden',
};

/** How many views are silent or refused: the Views tab shows it. */
export function viewsNeedingAttention(shell: Shell): number {
  return shell.views.views.filter((view) => TROUBLE.has(shell.watch.diagnose(view, shell.host).health)).length;
}

function where(shell: Shell, view: LiveView): string {
  const level = view.interactionId === undefined ? 'workspace' : `interaction ${view.interactionId}`;
  return `${modeLabels[view.spec.mode]} · ${level}${view.frame ? ` · frame ${view.frame.frameId}` : ''}`;
}

function facts(shell: Shell, view: LiveView) {
  const evidence = shell.watch.evidence.of(view.frame?.frameId ?? -1);
  const subscribed = [...new Set([...(view.frame?.subscriptions.values() ?? [])].flat())];
  return html`<dl class="view-facts">
    <dt>Url</dt><dd class="url">${view.url}</dd>
    <dt>Loaded</dt><dd data-fact="loaded">${clock(evidence.loadedAt)}</dd>
    <dt>Frame id sent</dt><dd data-fact="announced">${clock(evidence.announcedAt)}</dd>
    <dt>First message</dt><dd data-fact="first-message">${clock(evidence.firstMessageAt)}</dd>
    <dt>Messages</dt><dd data-fact="received">${evidence.received}</dd>
    <dt>Subscribed to</dt><dd data-fact="subscribed">${subscribed.length ? subscribed.join(', ') : 'nothing'}</dd>
    <dt>Refused</dt><dd data-fact="refused">${evidence.refused}</dd>
    <dt>Ignored</dt><dd data-fact="ignored">${evidence.ignored}</dd>
  </dl>`;
}

function viewCard(shell: Shell, view: LiveView, diagnosis: Diagnosis) {
  const headingId = `view-diagnosis-${view.key}`;
  return html`<li class="view-diagnosis" data-diagnosis-view=${view.key} data-section=${view.spec.section}
    data-health=${diagnosis.health} aria-labelledby=${headingId}>
    <div class="view-diagnosis-head">
      <h3 id=${headingId}>${view.spec.label}</h3>
      <span class="chip health-${diagnosis.health}">${healthLabels[diagnosis.health]}</span>
    </div>
    <p class="secondary">${where(shell, view)}</p>
    <p class="headline">${diagnosis.headline}</p>
    ${
      diagnosis.causes.length
        ? html`<p class="causes-title">Likely causes, most likely first:</p>
          <ol class="causes">${diagnosis.causes.map((cause) => html`<li>${cause}</li>`)}</ol>`
        : nothing
    }
    ${view.problems.length ? html`<ul class="problems">${view.problems.map((problem) => html`<li>${problem}</li>`)}</ul>` : nothing}
    <details><summary>What the shell saw</summary>${facts(shell, view)}</details>
  </li>`;
}

export function viewsPanel(shell: Shell) {
  const views = shell.views.views;
  if (!views.length)
    return html`<section id="views-panel" aria-label="Views"><p class="empty">No views are open. List sections in
      interaction.web-content or workspace.web-content of the option data.</p></section>`;
  const diagnosed = views.map((view) => ({ view, diagnosis: shell.watch.diagnose(view, shell.host) }));
  // Views in trouble first, so a silent one is the first thing read.
  diagnosed.sort((a, b) => Number(TROUBLE.has(b.diagnosis.health)) - Number(TROUBLE.has(a.diagnosis.health)));
  return html`<section id="views-panel" aria-label="Views">
    <p class="hint">A view that loads and sends nothing for ${(shell.watch.quietMs / 1000).toFixed(1)} s is diagnosed here.</p>
    <ul class="view-diagnoses">${diagnosed.map(({ view, diagnosis }) => viewCard(shell, view, diagnosis))}</ul>
  </section>`;
}
