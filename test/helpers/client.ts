import { ServiceClient } from '@wwe-kit/bridge';
import { openResponder, type Responder } from './responder.js';

/** A cross-origin responder and a client pinned to it, fresh for each test of the suite. */
export function useResponderClient(): { responder: Responder; client: ServiceClient } {
  const context = {} as { responder: Responder; client: ServiceClient };
  beforeEach(async () => {
    context.responder = await openResponder();
    context.client = new ServiceClient({ target: context.responder.window, hostOrigin: context.responder.origin });
  });
  afterEach(() => {
    context.client.dispose();
    context.responder.remove();
  });
  return context;
}
