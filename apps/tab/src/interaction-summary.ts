/**
 * The interaction the tab was opened for: its facts (media, state, number,
 * parties, case). Its attached data is `<wwe-user-data>`'s.
 */
import { callTypeLabel, isPreviewCallType, mediaLabel, stateLabel } from '../../shared/wording.js';
import { phoneNumberOf, type Interaction } from '../../shared/wwe-types.js';

const byId = (id: string) => document.getElementById(id)!;

/** The heading: "Call +44…", "Preview record +33…", "Chat with Grace Hopper". */
function titleOf(interaction: Interaction): string {
  const phone = phoneNumberOf(interaction);
  if (isPreviewCallType(interaction.callType) && interaction.state !== 'TALKING')
    return `Preview record ${phone || interaction.interactionId}`;
  const media = mediaLabel(interaction.media ?? 'interaction');
  const party = phone || interaction.contact?.displayName || interaction.parties?.[0]?.name;
  return party ? `${media} ${phone ? '' : 'with '}${party}` : `${media} ${interaction.interactionId}`;
}

/** Fills the facts list from the interaction; the raw state stays in `data-state` for styling. */
export function renderInteraction(interaction: Interaction): void {
  byId('interaction-title').textContent = titleOf(interaction);
  byId('interaction-media').textContent = [
    mediaLabel(interaction.media ?? 'interaction'),
    interaction.callType ? callTypeLabel(interaction.callType) : '',
    interaction.isConsultation ? `consultation of interaction ${interaction.parentInteractionId}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const state = byId('interaction-state');
  state.textContent = stateLabel(interaction.state);
  state.dataset['state'] = interaction.state;
  byId('interaction-phone').textContent = phoneNumberOf(interaction) || '—';
  byId('interaction-parties').textContent = interaction.parties?.map((party) => party.name).join(', ') || '—';
  byId('interaction-case').textContent = interaction.caseId ?? '—';
}
