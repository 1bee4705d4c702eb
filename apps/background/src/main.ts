// The background view's page: one bridge, one lookup, and a status line for whoever opens it.
import { ServiceClient, type ServiceClientError } from '@wwe-kit/bridge';
import { callerChannel } from '../../shared/customers.js';
import { pinnedWorkspaceOrigin } from '../../shared/workspace-origin.js';
import { CallerLookup } from './caller-lookup.js';
import { StatusLog } from './status-log.js';

const status = document.querySelector<HTMLElement>('#status')!;
const log = new StatusLog(document.querySelector<HTMLOListElement>('#log')!);

function showStatus(state: 'listening' | 'error', text: string): void {
  status.dataset['state'] = state;
  status.textContent = text;
}

/** The bridge to Workspace, or undefined (with the reason shown) when the page was not opened by Workspace. */
function connect(): ServiceClient | undefined {
  try {
    return new ServiceClient(pinnedWorkspaceOrigin ? { hostOrigin: pinnedWorkspaceOrigin } : {});
  } catch (error) {
    showStatus(
      'error',
      `Not connected: this page was opened outside Workspace, so there is no Workspace window to talk to (${(error as Error).message}). ` +
        'Workspace loads it in a hidden frame when an option section lists its url with mode: background and workspace.web-content names that section ' +
        '(CallerLookup in apps/workspace/options.yaml); start Workspace with npm start.',
    );
    return undefined;
  }
}

const client = connect();
if (client) {
  const lookup = new CallerLookup(client, (kind, text, interactionId) => log.add(kind, text, interactionId));
  lookup.start().then(
    () => showStatus('listening', `Listening for ringing calls; callers are announced on ${callerChannel}.`),
    (error: ServiceClientError) =>
      showStatus(
        'error',
        `Not listening: Workspace refused the interaction events or the interaction list (${error.errorMessage ?? error.message}). ` +
          'This view needs interaction.*, system.popupToast and messenger.broadcastMessage for its origin in service-client-api.accepted-web-content-origins.',
      ),
  );
  addEventListener('pagehide', () => {
    lookup.dispose();
    client.dispose();
  });
}
