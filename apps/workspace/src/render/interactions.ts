/** The interaction list with the agent's controls: answer, accept, reject, hold, resume, hang up, mark done. */
import type { DeskAction, InteractionRecord, WorkspaceSimulator } from '@wwe-kit/simulator';
import { html, nothing } from 'lit';
import { callTypeLabel, mediaLabel, partyOf, stateLabel } from '../desk/wording.js';
import type { Shell } from '../shell.js';

type Control = {
  action: string;
  label: string;
  /** What the status line says once done: "Call with Mary Jackson answered." */
  done: string;
  run: (simulator: WorkspaceSimulator) => void;
};

/** The desk's own actions, in the order the buttons show; which are offered is the simulator's answer (`desk.can`). */
const deskControls: ReadonlyArray<{ action: DeskAction; label: string; done: string }> = [
  { action: 'answer', label: 'Answer', done: 'answered' },
  { action: 'accept', label: 'Accept', done: 'accepted' },
  { action: 'reject', label: 'Reject', done: 'rejected' },
];

/** The controls the interaction allows now, as Workspace offers them. */
function controlsFor(simulator: WorkspaceSimulator, { interaction, media }: InteractionRecord): Control[] {
  const id = interaction.interactionId;
  const can = simulator.desk.can(id);
  const controls: Control[] = deskControls
    .filter(({ action }) => can[action])
    .map(({ action, label, done }) => ({ action, label, done, run: (simulator) => simulator.desk[action](id) }));
  // TALKING is the state of an established call (ESTABLISHED is the event that enters it).
  if (media === 'voice' && interaction.state === 'TALKING') {
    controls.push({ action: 'hold', label: 'Hold', done: 'put on hold', run: (simulator) => simulator.voice.hold(id) });
  }
  if (interaction.state === 'HELD')
    controls.push({
      action: 'resume',
      label: 'Resume',
      done: 'resumed',
      run: (simulator) => simulator.voice.resume(id),
    });
  if (media === 'voice' && ['TALKING', 'HELD', 'DIALING'].includes(interaction.state)) {
    controls.push({
      action: 'hangup',
      label: 'Hang up',
      done: 'hung up',
      run: (simulator) => simulator.voice.release(id, 'voice.hangUp'),
    });
  }
  if (can.markDone)
    controls.push({
      action: 'markdone',
      label: 'Mark done',
      done: 'marked done',
      run: (simulator) => simulator.desk.markDone(id),
    });
  return controls;
}

export function interactionList(shell: Shell) {
  const records = shell.simulator.interactions.list();
  if (!records.length) {
    return html`<p class="empty">No interactions yet. Start one from the Scenarios panel: an inbound call, a chat, an email or a preview record.</p>`;
  }
  return html`<ol class="interactions">
    ${records.map((record) => {
      const { interaction } = record;
      const id = interaction.interactionId;
      const party = partyOf(interaction);
      const detail = [
        `${mediaLabel(record.media)} ${id}`,
        party.number,
        interaction.callType ? callTypeLabel(interaction.callType) : undefined,
        interaction.isConsultation ? 'consultation' : undefined,
      ].filter(Boolean);
      return html`<li data-interaction=${id} data-state=${interaction.state} aria-current=${shell.selectedInteraction === id ? 'true' : 'false'}
          class=${interaction.isCaseSelected ? 'case-selected' : ''}>
        <button type="button" class="pick" @click=${() => shell.select(id)}>
          <span class="party">${party.name}</span>
          <span class="chip state-${stateTone(interaction.state)}">${stateLabel(interaction.state)}</span>
          <span class="secondary">${detail.join(' · ')}</span>
        </button>
        <div class="controls">
          ${controlsFor(shell.simulator, record).map(
            (
              control,
            ) => html`<button type="button" class=${control.action === 'reject' || control.action === 'hangup' ? 'danger small' : control.action === 'answer' || control.action === 'accept' ? 'primary small' : 'secondary small'}
            data-action=${control.action}
            @click=${() => shell.act('', () => (control.run(shell.simulator), `${mediaLabel(record.media)} with ${party.name} ${control.done}.`))}>${control.label}</button>`,
          )}
        </div>
        ${record.blocks.size ? html`<p class="blocked">Mark done is blocked: ${[...record.blocks.values()].join('; ')}</p>` : nothing}
      </li>`;
    })}
  </ol>`;
}

/** The colour family of a state's chip: waiting for the agent, in progress, or over. */
function stateTone(state: string): 'waiting' | 'active' | 'held' | 'over' {
  if (['RINGING', 'INVITED', 'PREVIEW', 'PREVIEWING', 'DIALING'].includes(state)) return 'waiting';
  if (state === 'HELD') return 'held';
  if (['IDLE', 'COMPLETED', 'REVOKED', 'UNKNOWN'].includes(state)) return 'over';
  return 'active';
}
