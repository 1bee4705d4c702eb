// A page on Genesys' reference client reads the subscriptionId from the top of the subscribe
// answer (protocol.md, "Correction"). With it only in `data`, such a page unsubscribes with
// `data: undefined` and keeps receiving the events it dropped. A fixture page with no wwe-kit code
// speaks that wire from a real cross-origin frame to the real host.
import { expect } from '@open-wc/testing';
import type { ServiceHost } from '@wwe-kit/host';
import { controller, waitForReady } from '../../../test/helpers/controls.js';
import { crossOrigin } from '../../../test/helpers/responder.js';
import { createTestHost, type TestBackend } from '../../../test/helpers/test-backend.js';

describe('ServiceHost: the subscribe answer, as the reference client reads it', () => {
  let host: ServiceHost;
  let backend: TestBackend;
  let iframe: HTMLIFrameElement;
  let control: ReturnType<typeof controller>;
  beforeEach(async () => {
    ({ host, backend } = createTestHost({ 'service-client-api.accepted-web-content-origins': crossOrigin() }));
    iframe = document.createElement('iframe');
    iframe.src = `${crossOrigin()}/test/fixtures/reference-client.html`;
    host.registerFrame({ iframe, section: 'ReferenceClient', mode: 'tab' });
    const ready = waitForReady(() => iframe.contentWindow);
    document.body.append(iframe);
    await ready;
    control = controller(iframe.contentWindow!);
  });
  afterEach(() => {
    iframe.remove();
    host.dispose();
  });

  const agentEvents = async () =>
    (await control<Array<Record<string, unknown>>>('received')).filter((message) => message['event'] === 'agent');
  const frame = () => host.frames.find((candidate) => candidate.section === 'ReferenceClient')!;

  it('answers the id at the top of the envelope and in data; unsubscribing with it stops the events', async () => {
    const { subscriptionId, envelope } = await control<{ subscriptionId: unknown; envelope: Record<string, unknown> }>(
      'subscribe',
      { names: ['agent'] },
    );
    expect(subscriptionId).to.not.equal(undefined);
    expect(envelope).to.deep.include({
      referenceId: '0',
      subscriptionId,
      data: { subscriptionId },
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    expect([...frame().subscriptions.keys()]).to.deep.equal([subscriptionId]);
    backend.events().emit('agent', { eventType: 'STATE_CHANGED' } as never);
    expect(await agentEvents()).to.have.length(1);

    expect(await control('unsubscribe')).to.deep.equal({ sent: subscriptionId });
    // The unsubscribe reached the host before the reply that says it was sent.
    expect(frame().subscriptions.size).to.equal(0);
    backend.events().emit('agent', { eventType: 'STATE_CHANGED' } as never);
    // That event, had it been sent, would have arrived before this later question.
    expect(await agentEvents()).to.have.length(1);
  });
});
