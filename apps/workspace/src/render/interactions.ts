/** The interaction list with the agent's controls: answer, reject, hold, resume, hang up, mark done. */
import type { Interaction } from '@wwe-kit/protocol';
import type { InteractionRecord, WorkspaceSimulator } from '@wwe-kit/simulator';
import { html, nothing } from 'lit';
import type { Shell } from '../shell.js';

type Control = {
  action: string;
  label: string;
  run: (simulator: WorkspaceSimulator, record: InteractionRecord) => void;
};

const isPreview = (interaction: Interaction) => interaction.callType?.startsWith('OUTBOUND_') ?? false;

/** A call once released; a preview record when it says so; open media once accepted. */
function canMarkDone({ interaction, media }: InteractionRecord): boolean {
  if (isPreview(interaction)) return interaction.capabilities?.includes('MARK_DONE') ?? false;
  if (media === 'voice') return interaction.state === 'IDLE';
  return interaction.state !== 'INVITED';
}

/** The controls a state allows, as Workspace offers them. */
function controlsFor(record: InteractionRecord): Control[] {
  const { interaction, media } = record;
  const id = interaction.interactionId;
  const controls: Control[] = [];
  if (interaction.state === 'RINGING' || interaction.state === 'INVITED') {
    controls.push({
      action: 'answer',
      label: media === 'voice' && !isPreview(interaction) ? 'Answer' : 'Accept',
      run: (simulator) => {
        if (isPreview(interaction)) simulator.previews.accept(record);
        else if (media === 'voice') simulator.voice.answer(id);
        else simulator.openMedia.accept(record);
      },
    });
    if (media !== 'voice' || isPreview(interaction)) {
      controls.push({
        action: 'reject',
        label: 'Reject',
        run: (simulator) =>
          isPreview(interaction) ? simulator.previews.decline(record) : simulator.openMedia.reject(record),
      });
    }
  }
  if (media === 'voice' && ['TALKING', 'ESTABLISHED'].includes(interaction.state)) {
    controls.push({ action: 'hold', label: 'Hold', run: (simulator) => simulator.voice.hold(id) });
  }
  if (interaction.state === 'HELD')
    controls.push({ action: 'resume', label: 'Resume', run: (simulator) => simulator.voice.resume(id) });
  if (media === 'voice' && ['TALKING', 'ESTABLISHED', 'HELD', 'DIALING'].includes(interaction.state)) {
    controls.push({
      action: 'hangup',
      label: 'Hang up',
      run: (simulator) => simulator.voice.release(id, 'voice.hangUp'),
    });
  }
  if (canMarkDone(record))
    controls.push({ action: 'markdone', label: 'Mark done', run: (simulator) => simulator.interaction.markdone(id) });
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
          ${controlsFor(record).map(
            (control) => html`<button data-action=${control.action}
            @click=${() => shell.act(`${control.label} #${id}`, () => control.run(shell.simulator, record))}>${control.label}</button>`,
          )}
        </div>
        ${record.blocks.size ? html`<p class="blocked">Mark done blocked: ${[...record.blocks.values()].join('; ')}</p>` : nothing}
      </li>`;
    })}
  </ol>`;
}
