/**
 * The interaction the tab was opened for: its facts (media, state, number,
 * parties, case). Its attached data is `<wwe-user-data>`'s.
 */
import { phoneNumberOf, type Interaction } from '../../shared/wwe-types.js';

const byId = (id: string) => document.getElementById(id)!;

/** Fills the facts list from the interaction. */
export function renderInteraction(interaction: Interaction): void {
  const media = interaction.media ?? 'unknown';
  byId('interaction-title').textContent =
    `${media === 'voice' ? 'Call' : media[0]!.toUpperCase() + media.slice(1)} ${phoneNumberOf(interaction) || interaction.interactionId}`;
  byId('interaction-media').textContent = [
    media,
    interaction.callType,
    interaction.isConsultation ? `consultation of interaction ${interaction.parentInteractionId}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const state = byId('interaction-state');
  state.textContent = interaction.state;
  state.dataset['state'] = interaction.state;
  byId('interaction-phone').textContent = phoneNumberOf(interaction) || '—';
  byId('interaction-parties').textContent = interaction.parties?.map((party) => party.name).join(', ') || '—';
  byId('interaction-case').textContent = interaction.caseId ?? '—';
}
