// The page: it shows the interaction Workspace opened it for, saves a note into the attached data, and
// calls the customer back. The bridge infers Workspace's window and origin from the embedding page.
import { ServiceClient } from '/vendor/wwe-kit-bridge.js';

const client = new ServiceClient();
const interactionId = new URLSearchParams(location.search).get('interaction');
const byId = (id) => document.getElementById(id);
const say = (text) => (byId('status').textContent = text);

async function show() {
  const interactions = await client.interaction.getInteractions();
  const interaction = interactions.find((candidate) => candidate.interactionId === interactionId);
  if (!interaction) return say(`No interaction ${interactionId} in Workspace.`);
  byId('caller').textContent = `Call from ${interaction.ani ?? 'an unknown number'}`;
  byId('reason').textContent = interaction.userData.Reason ?? '—';
  byId('call-back').dataset.number = interaction.ani ?? '';
}

byId('save').addEventListener('click', async () => {
  try {
    await client.interaction.setUserData(interactionId, { CRM_Note: byId('note').value });
    say('Note saved in Workspace.');
  } catch (error) {
    say(`Not saved: ${error.message}`);
  }
});

byId('call-back').addEventListener('click', async () => {
  try {
    await client.voice.dial(byId('call-back').dataset.number);
    say('Calling back.');
  } catch (error) {
    say(`Cannot call back: ${error.message}`);
  }
});

show().catch((error) => say(`Workspace did not answer: ${error.message}`));
