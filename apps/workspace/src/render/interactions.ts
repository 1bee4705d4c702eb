/** The interaction list with the agent's controls: answer, accept, reject, hold, resume, hang up, mark done. */
import type { Interaction } from '@wwe-kit/protocol';
import type { DeskAction, InteractionRecord, WorkspaceSimulator } from '@wwe-kit/simulator';
import { html, nothing } from 'lit';
import type { Shell } from '../shell.js';

type Control = {
  action: string;
  label: string;
  run: (simulator: WorkspaceSimulator) => void;
};

/** The desk's own actions, in the order the buttons show; which are offered is the simulator's answer (`desk.can`). */
const deskControls: ReadonlyArray<{ action: DeskAction; label: string }> = [
  { action: 'answer', label: 'Answer' },
  { action: 'accept', label: 'Accept' },
  { action: 'reject', label: 'Reject' },
];

/** The controls the interaction allows now, as Workspace offers them. */
function controlsFor(simulator: WorkspaceSimulator, { interaction, media }: InteractionRecord): Control[] {
  const id = interaction.interactionId;
  const can = simulator.desk.can(id);
  const controls: Control[] = deskControls
    .filter(({ action }) => can[action])
    .map(({ action, label }) => ({ action, label, run: (simulator) => simulator.desk[action](id) }));
  // TALKING is the state of an established call (ESTABLISHED is the event that enters it).
  if (media === 'voice' && interaction.state === 'TALKING') {
    controls.push({ action: 'hold', label: 'Hold', run: (simulator) => simulator.voice.hold(id) });
  }
  if (interaction.state === 'HELD')
    controls.push({ action: 'resume', label: 'Resume', run: (simulator) => simulator.voice.resume(id) });
  if (media === 'voice' && ['TALKING', 'HELD', 'DIALING'].includes(interaction.state)) {
    controls.push({
      action: 'hangup',
      label: 'Hang up',
      run: (simulator) => simulator.voice.release(id, 'voice.hangUp'),
    });
  }
  if (can.markDone)
    controls.push({ action: 'markdone', label: 'Mark done', run: (simulator) => simulator.desk.markDone(id) });
  return controls;
}

const party = (interaction: Interaction) =>
  (interaction.direction === 'OUT' ? interaction.dnis : interaction.ani) ??
  interaction.contact?.displayName ??
  interaction.parties?.[0]?.name ??
  '';

export function interactionList(shell: Shell) {
  const records = shell.simulator.interactions.list();
  if (!records.length) {
    return html`<p class="empty">No interactions. Start one from the Scenarios panel: an inbound call, a chat, an email or a preview record.</p>`;
  }
  return html`<ol class="interactions">
    ${records.map((record) => {
      const { interaction } = record;
      const id = interaction.interactionId;
      return html`<li data-interaction=${id} data-state=${interaction.state} aria-current=${shell.selectedInteraction === id ? 'true' : 'false'}
          class=${interaction.isCaseSelected ? 'case-selected' : ''}>
        <button class="pick" @click=${() => shell.select(id)}>
          <span class="media">${record.media}</span>
          <strong>${party(interaction) || `Interaction ${id}`}</strong>
          <span class="state">${interaction.state}${interaction.isConsultation ? ' · consultation' : ''}</span>
          <span class="meta">#${id}${interaction.callType ? ` · ${interaction.callType}` : ''}${interaction.caseId ? ` · case ${interaction.caseId}` : ''}</span>
        </button>
        <div class="controls">
          ${controlsFor(shell.simulator, record).map(
            (control) => html`<button data-action=${control.action}
            @click=${() => shell.act(`${control.label} #${id}`, () => control.run(shell.simulator))}>${control.label}</button>`,
          )}
        </div>
        ${record.blocks.size ? html`<p class="blocked">Mark done blocked: ${[...record.blocks.values()].join('; ')}</p>` : nothing}
      </li>`;
    })}
  </ol>`;
}
