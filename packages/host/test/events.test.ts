// Subscriptions and events through the real host, to really cross-origin frames and a real popup.
import { expect } from '@open-wc/testing';
import { POPUP_POLL_MS, type ServiceHost } from '@wwe-kit/host';
import { openProbe, requestMessage, until, type Probe } from '../../../test/helpers/probe.js';
import { waitForReady } from '../../../test/helpers/controls.js';
import { crossOrigin, sameOrigin } from '../../../test/helpers/responder.js';
import { createTestHost, type TestBackend } from '../../../test/helpers/test-backend.js';

const subscribeMessage = (data: string | string[]) => ({
  ...requestMessage('x'),
  request: undefined,
  event: 'subscribe',
  data,
});
const stateChanged = { eventType: 'STATE_CHANGED', mediaState: 'READY' } as const;

/**
 * A later request and its answer. The host posts events and answers to a frame with postMessage,
 * which keeps their order: whatever the host sent the frame before has arrived by then.
 */
async function roundTrip(probe: Probe): Promise<void> {
  expect(await probe.ask(requestMessage('agent.get')), 'the marker request is answered').to.have.property('data');
}

/**
 * Removes the probe's iframe and resolves once the host has seen it go. The host notices removals with a
 * MutationObserver on the iframe's ancestors (its parent, the body here); this one, created after it and
 * observing the document element, is told after it, so the host has dropped the frame by then.
 */
function removeFrame(probe: Probe): Promise<void> {
  const root = document.documentElement;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
    probe.remove();
  });
}

describe('ServiceHost: subscriptions and events', () => {
  let host: ServiceHost;
  let backend: TestBackend;
  const probes: Probe[] = [];
  const open = async (...args: Parameters<typeof openProbe> extends [unknown, ...infer Rest] ? Rest : never) => {
    const probe = await openProbe(host, ...args);
    probes.push(probe);
    return probe;
  };
  const eventsOf = async (probe: Probe, name: string) =>
    (await probe.received()).filter((message) => message['event'] === name);

  beforeEach(() => {
    ({ host, backend } = createTestHost({
      'service-client-api.accepted-web-content-origins': `${crossOrigin()}, ${sameOrigin()} (agent.*)`,
      'service-client-api.user-data.read-allowed': 'Key1',
    }));
  });
  afterEach(() => {
    for (const probe of probes.splice(0)) probe.remove();
    host.dispose();
  });

  it('answers subscribe with a subscriptionId and sends each event to its subscribers only', async () => {
    const [agentFrame, interactionFrame] = [await open(), await open()];
    const answer = await agentFrame.ask(subscribeMessage(['agent']));
    expect(answer).to.have.nested.property('data.subscriptionId');
    expect(answer).to.include({ userAgent: 'WWE Server', protocolVersion: 2 });
    await interactionFrame.ask(subscribeMessage('interaction'));
    host.emit('agent', stateChanged);
    await roundTrip(agentFrame);
    await roundTrip(interactionFrame);
    expect(await eventsOf(agentFrame, 'agent')).to.deep.equal([
      { event: 'agent', data: stateChanged, userAgent: 'WWE Server', protocolVersion: 2 },
    ]);
    expect(await eventsOf(interactionFrame, 'agent')).to.deep.equal([]);
  });

  it('fans one event out to every subscribed frame, through the bridge', async () => {
    const frames = [await open(), await open(), await open()];
    for (const frame of frames) await frame.listen(['agent']);
    backend.events().emit('agent', stateChanged);
    for (const frame of frames) {
      // The event is sent before the marker's answer: one event each, and no second copy.
      await frame.call('agent.get');
      expect(await frame.events()).to.deep.equal([{ event: 'agent', data: stateChanged }]);
    }
  });

  it('honours unsubscribe', async () => {
    const probe = await open();
    const answer = await probe.ask(subscribeMessage(['agent']));
    const subscriptionId = (answer!['data'] as { subscriptionId: number }).subscriptionId;
    await probe.send({ ...subscribeMessage('agent'), event: 'unsubscribe', data: subscriptionId });
    host.emit('agent', stateChanged);
    await roundTrip(probe); // had the host sent the event, it would have arrived before this answer
    expect(await eventsOf(probe, 'agent')).to.deep.equal([]);
  });

  it('applies policy to events: a frame that may not use interaction.* gets no interaction events', async () => {
    const restricted = await open({ origin: sameOrigin() });
    const open_ = await open();
    await restricted.ask(subscribeMessage(['interaction', 'agent']));
    await open_.ask(subscribeMessage(['interaction']));
    host.emit('interaction', { eventType: 'ADDED', media: 'voice', interaction: backend.interactions.get('1')! });
    host.emit('agent', stateChanged);
    await roundTrip(restricted);
    await roundTrip(open_);
    expect(await eventsOf(restricted, 'agent')).to.have.length(1);
    expect(await eventsOf(restricted, 'interaction')).to.deep.equal([]);
    const [event] = await eventsOf(open_, 'interaction');
    expect(event!['data']).to.have.nested.property('interaction.userData').that.deep.equals({ Key1: 'a' });
  });

  it('sends a targeted event to its frame only', async () => {
    const [owner, other] = [await open(), await open()];
    await owner.ask(subscribeMessage('system'));
    await other.ask(subscribeMessage('system'));
    const click = { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', customToastId: 'wweCustomToast0', buttonIndex: 1 } as const;
    host.emit('system', click, { frameId: owner.frame.frameId });
    await roundTrip(owner);
    await roundTrip(other);
    expect((await eventsOf(owner, 'system')).map((message) => message['data'])).to.deep.equal([click]);
    expect(await eventsOf(other, 'system')).to.deep.equal([]);
  });

  it('refuses to subscribe an unlisted origin, and unknown event names', async () => {
    host.setOptions({ 'service-client-api.accepted-web-content-origins': 'http://elsewhere.example' });
    const probe = await open();
    expect((await probe.ask(subscribeMessage('agent')))?.['errorMessage']).to.contain(
      'is not listed in service-client-api.accepted-web-content-origins',
    );
    host.setOptions({ 'service-client-api.accepted-web-content-origins': '*' });
    expect((await probe.ask(subscribeMessage(['agent', 'agents'])))?.['errorMessage']).to.equal(
      'Subscribe refused: "agents" is not an event name. Subscribe to agent, media, interaction, system, outbound, markdone or messenger:<channel>.',
    );
  });

  it('drops the subscriptions of a removed iframe', async () => {
    const probe = await open();
    await probe.ask(subscribeMessage('agent'));
    expect(host.frames.map((frame) => frame.frameId)).to.include(probe.frame.frameId);
    expect(probe.frame.subscriptions.size).to.equal(1);
    await removeFrame(probe);
    expect(host.frames.map((frame) => frame.frameId)).to.not.include(probe.frame.frameId);
    expect(probe.frame.subscriptions.size).to.equal(0);
  });

  it('drops the subscriptions of a closed popup', async () => {
    const popup = await open({ popup: true });
    await popup.ask(subscribeMessage(['agent', 'interaction']));
    expect(popup.frame.mode).to.equal('popup');
    expect(popup.frame.subscriptions.size).to.equal(1);
    await popup.control('close');
    // The one poll of this file, and why: a cross-origin popup closes without an event its opener
    // can hear, so the host itself checks `closed` every POPUP_POLL_MS on a real interval (it has
    // no timer option to drive). The generous limit only turns a hang into a failure.
    await until(
      () => !host.frames.some((frame) => frame.frameId === popup.frame.frameId),
      'the host drops the closed popup',
      POPUP_POLL_MS * 200,
    );
    expect(popup.frame.subscriptions.size).to.equal(0);
  });

  it('starts afresh when a frame loads a new document, and announces the frameId to it', async () => {
    const probe = await open();
    await probe.call('agent.get');
    await probe.listen(['agent']); // through the bridge, which stamps the frameId once announced
    expect(await probe.control('frameId')).to.equal(probe.frame.frameId);
    // listen resolves on the subscribe answer, which the host sends once it has recorded the subscription.
    expect(probe.frame.subscriptions.size).to.equal(1);
    const ready = waitForReady(() => probe.iframe!.contentWindow);
    probe.iframe!.src = `${crossOrigin()}/test/fixtures/probe.html?again`;
    await ready;
    await probe.call('agent.getState'); // the new document's first message carries no frameId
    expect(probe.frame.subscriptions.size).to.equal(0);
    expect(await probe.control('frameId')).to.equal(probe.frame.frameId);
  });

  it('starts afresh when a frame navigates to another origin', async () => {
    const probe = await open();
    await probe.ask(subscribeMessage('agent'));
    const ready = waitForReady(() => probe.iframe!.contentWindow);
    probe.iframe!.src = `${sameOrigin()}/test/fixtures/probe.html`;
    await ready;
    const answer = await probe.ask(requestMessage('agent.get'));
    expect(answer).to.have.property('data');
    expect(probe.frame.origin).to.equal(sameOrigin());
    expect(probe.frame.subscriptions.size).to.equal(0);
  });

  it('announces the frameId to a popup', async () => {
    const popup = await open({ popup: true });
    await popup.call('agent.get');
    expect(await popup.control('frameId')).to.equal(popup.frame.frameId);
  });
});

describe('ServiceHost: messenger', () => {
  let host: ServiceHost;
  const probes: Probe[] = [];
  afterEach(() => {
    for (const probe of probes.splice(0)) probe.remove();
    host.dispose();
  });

  it('reaches every other frame subscribed to messenger:<channel>, never the sender (002:2562), with the documented payload', async () => {
    ({ host } = createTestHost({
      'service-client-api.accepted-web-content-origins': `${crossOrigin()}, ${sameOrigin()} (agent.*)`,
    }));
    const [sender, listener, otherChannel, forbidden] = [
      await openProbe(host),
      await openProbe(host),
      await openProbe(host),
      await openProbe(host, { origin: sameOrigin() }),
    ];
    probes.push(sender, listener, otherChannel, forbidden);
    await sender.ask(subscribeMessage('messenger:my-channel'));
    await listener.ask(subscribeMessage(['messenger:my-channel']));
    await otherChannel.ask(subscribeMessage(['messenger:other']));
    await forbidden.ask(subscribeMessage(['messenger:my-channel']));
    const answer = await sender.ask(
      requestMessage('messenger.broadcastMessage', [
        'my-channel',
        { foo: 'A foo text.', bar: 1234, userData: { Secret: 1 } },
      ]),
    );
    expect(answer).to.not.have.property('errorMessage');
    // The listener answers with a marker: the sender hears that, and only that; each hears the other alone.
    expect(
      await listener.ask(requestMessage('messenger.broadcastMessage', ['my-channel', 'marker'])),
    ).to.not.have.property('errorMessage');
    await roundTrip(sender);
    await roundTrip(listener);
    const envelope = (data: unknown) => ({
      event: 'messenger:my-channel',
      data,
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    const heard = async (probe: typeof sender) =>
      (await probe.received()).filter((message) => message['event'] === 'messenger:my-channel');
    expect(await heard(listener)).to.deep.equal([envelope({ foo: 'A foo text.', bar: 1234, userData: { Secret: 1 } })]);
    expect(await heard(sender)).to.deep.equal([envelope('marker')]);
    await roundTrip(otherChannel);
    await roundTrip(forbidden);
    expect(
      (await otherChannel.received()).filter((message) => String(message['event']).startsWith('messenger')),
    ).to.deep.equal([]);
    expect(
      (await forbidden.received()).filter((message) => String(message['event']).startsWith('messenger')),
    ).to.deep.equal([]);
  });
});
