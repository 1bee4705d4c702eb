// The host subscription of the typed bridge: either shape of the subscribe answer, and event
// names Workspace does not know, which must never reach its subscribe.
import { expect } from '@open-wc/testing';
import { useResponderClient } from '../../../test/helpers/client.js';
import { useWorkspace } from '../../../test/helpers/workspace.js';

type Sent = Record<string, unknown>;
const server = { userAgent: 'WWE Server', protocolVersion: 2 };
const subscribes = (sent: Sent[]) => sent.filter((message) => message['event'] === 'subscribe');
const unsubscribes = (sent: Sent[]) => sent.filter((message) => message['event'] === 'unsubscribe');

describe('ServiceClient subscribe answers and event names', () => {
  const setup = useResponderClient();

  const shapes: Array<[string, (referenceId: unknown) => Sent]> = [
    [
      'at the top of the envelope, where the reference client reads it',
      (referenceId) => ({ referenceId, subscriptionId: 'sub-x', ...server }),
    ],
    [
      'in data alone, as older hosts answer',
      (referenceId) => ({ referenceId, data: { subscriptionId: 'sub-x' }, ...server }),
    ],
  ];
  for (const [where, answer] of shapes) {
    it(`drops a replaced subscription with the subscriptionId answered ${where}`, async () => {
      await setup.responder.control('configure', { silent: { subscribe: true } });
      setup.client.on('agent', () => undefined);
      const subscribed = setup.client.whenSubscribed();
      // The subscribe goes out at the end of this tick, before the request: its answer is a barrier.
      await setup.client.request('test.echo' as never);
      const [subscribe] = subscribes(await setup.responder.received());
      await setup.responder.control('post', { message: answer(subscribe?.['referenceId']) });
      await subscribed;
      await setup.responder.control('configure', {});
      setup.client.on('system', () => undefined);
      await setup.client.whenSubscribed();
      expect(unsubscribes(await setup.responder.received()).map((message) => message['data'])).to.deep.equal(['sub-x']);
    });
  }

  it('refuses an unknown event name with a TypeError, and subscribes the valid names in one message', async () => {
    setup.client.on('agent', () => undefined);
    const unknown =
      /^wwe-kit: 'agnet' is no event Workspace knows: listen to agent,media,interaction,system,outbound,markdone or messenger:<channel>\.$/;
    expect(() => setup.client.on('agnet' as never, () => undefined)).to.throw(TypeError, unknown);
    // A messenger event needs a channel.
    expect(() => setup.client.on('messenger:' as never, () => undefined)).to.throw(
      TypeError,
      /'messenger:' is no event/,
    );
    setup.client.on('messenger:crm', () => undefined);
    await setup.client.whenSubscribed();
    expect(subscribes(await setup.responder.received()).map((message) => message['data'])).to.deep.equal([
      ['agent', 'messenger:crm'],
    ]);
  });
});

describe('ServiceClient event names against the real ServiceHost', () => {
  const context = useWorkspace();

  it('keeps the merged subscription serving the valid names when a page names an unknown one', async () => {
    const { workspace, probe } = context;
    // The probe's bridge listens to each name in turn: 'agent' is kept, 'agnet' throws.
    // The control rejects with what the probe's on('agnet') threw (test/helpers/controls.ts).
    const refused = await probe.control('listen', { names: ['agent', 'agnet'] }).then(
      () => 'listened',
      (error: Error) => error.message,
    );
    expect(refused).to.match(/: wwe-kit: 'agnet' is no event Workspace knows/);
    // Resolves once the host acknowledged the union: were 'agnet' in it, the host would refuse it all.
    await probe.listen(['interaction']);
    const next = probe.nextEvent();
    const data = { eventType: 'STATE_CHANGED', mediaState: 'READY' };
    workspace.host.emit('agent', data as never);
    expect(await next).to.deep.equal({ event: 'agent', data });
  });
});
