/**
 * The interaction the tab was opened for: its facts (media, state, number,
 * parties, case) and the attached data Workspace lets this view read, as a
 * table with one `tr[data-key]` per key.
 */
import { phoneNumberOf, type Interaction, type KeyValues } from '../../shared/wwe-types.js';

/** A user-data value as text: strings as they are, other JSON values written out. */
export const valueText = (value: KeyValues[string] | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Fills the facts list and the user-data table from the interaction. */
export function renderInteraction(interaction: Interaction): void {
  const media = interaction.media ?? 'unknown';
  byId('interaction-title').textContent = `${media === 'voice' ? 'Call' : media[0]!.toUpperCase() + media.slice(1)} ${phoneNumberOf(interaction) || interaction.interactionId}`;
  byId('interaction-media').textContent = [media, interaction.callType, interaction.isConsultation ? `consultation of interaction ${interaction.parentInteractionId}` : '']
    .filter(Boolean).join(' · ');
  const state = byId('interaction-state');
  state.textContent = interaction.state;
  state.dataset['state'] = interaction.state;
  byId('interaction-phone').textContent = phoneNumberOf(interaction) || '—';
  byId('interaction-parties').textContent = interaction.parties?.map((party) => party.name).join(', ') || '—';
  byId('interaction-case').textContent = interaction.caseId ?? '—';
  renderUserData(interaction.userData);
}

function renderUserData(userData: KeyValues): void {
  const rows = Object.entries(userData).map(([key, value]) => {
    const row = document.createElement('tr');
    row.dataset['key'] = key;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = key;
    const cell = document.createElement('td');
    cell.textContent = valueText(value);
    row.append(name, cell);
    return row;
  });
  const table = byId<HTMLTableElement>('user-data');
  table.tBodies[0]!.replaceChildren(...rows);
  table.hidden = rows.length === 0;
  byId('user-data-empty').hidden = rows.length > 0;
}
