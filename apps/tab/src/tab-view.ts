/**
 * The tab once it knows its interaction: registers the elements (which connect
 * `<wwe-bridge>`; `<wwe-user-data>` shows and edits the attached data), then keeps
 * the interaction's facts, caller and consultation current from the page's one shared store.
 */
import '@wwe-kit/elements/define/bridge';
import '@wwe-kit/elements/define/agent-state';
import '@wwe-kit/elements/define/dial-pad';
import '@wwe-kit/elements/define/outbound-preview';
import '@wwe-kit/elements/define/user-data';
import { describeFailure, WweStore } from '@wwe-kit/elements';
import { CallerBanner } from './caller-banner.js';
import { ConsultationPanel, liveConsultationOf } from './consultation.js';
import { renderInteraction } from './interaction-summary.js';
import { unknownInteraction, type Opening } from './opening.js';
import { showProblem, showReady } from './problem.js';
import type { Interaction } from '../../shared/wwe-types.js';

/** Starts the view for the interaction the url names. */
export function startTabView({ interactionId, agentName }: Opening): void {
  const client = document.querySelector('wwe-bridge')!.client;
  if (!client) {
    showProblem(
      "The connection to Workspace could not be made: <wwe-bridge> has no client. Check the browser console for the bridge's error.",
    );
    return;
  }
  const store = WweStore.for(client);
  const agent = document.getElementById('agent-name')!;
  agent.hidden = !agentName;
  agent.textContent = agentName ? `Agent: ${agentName}` : '';

  const pad = document.querySelector('wwe-dial-pad')!;
  pad.setAttribute('consult-for', interactionId);
  const banner = new CallerBanner(client, interactionId, document.getElementById('caller')!);
  const consultation = new ConsultationPanel(client);
  pad.addEventListener('wwe-dial', (event) => consultation.consulted(event.detail.destination));

  let shown: Interaction | undefined;
  let seen = false;
  const render = (): void => {
    const status = store.status('interactions');
    if (status === 'error') {
      showProblem(`The interactions could not be read from Workspace. ${describeFailure(store.error('interactions'))}`);
      return;
    }
    if (status !== 'ready') return;
    const interactions = store.get('interactions') ?? [];
    const interaction = interactions.find((candidate) => candidate.interactionId === interactionId);
    if (!interaction) {
      showProblem(
        seen
          ? `Interaction '${interactionId}' has ended: Workspace removed it.`
          : unknownInteraction(interactionId, location),
      );
      return;
    }
    seen = true;
    showReady();
    consultation.render(liveConsultationOf(interactionId, interactions));
    // The store hands out a new object for each event of the interaction: same object, nothing new to show.
    if (interaction === shown) return;
    shown = interaction;
    renderInteraction(interaction);
    banner.render(interaction);
  };
  store.watch(render);
  void store.need('interactions').then(render);
}
