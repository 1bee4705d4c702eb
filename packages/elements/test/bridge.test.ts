// <wwe-bridge> and the shared store, in a cross-origin page served by the real host and simulator.
import { expect } from '@open-wc/testing';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { BridgeHarness, ConsumerHarness, openElementsTestPage, type ElementsTestPage } from './harness/bridge.js';

describe('<wwe-bridge> and the shared store', () => {
  let page: ElementsTestPage;
  let bridge: BridgeHarness;
  afterEach(() => page.dispose());

  it('connects, reports ready, and feeds every element from one subscription and one request per resource', async () => {
    page = await openElementsTestPage();
    bridge = new BridgeHarness(page);
    await page.render('<test-consumer></test-consumer>'.repeat(5));
    const last = new ConsumerHarness(page, 'test-consumer:nth-of-type(5)');
    await last.loaded();
    await bridge.connected();
    expect(await last.agent()).to.equal('Lovelace');
    expect(await bridge.state()).to.equal('ready');
    expect(await bridge.stateEvents()).to.deep.equal([
      { type: 'wwe-bridge-state', detail: { state: 'connecting' } },
      { type: 'wwe-bridge-state', detail: { state: 'ready' } },
    ]);
    expect(page.names().sort()).to.deep.equal([
      'agent.get',
      'agent.getState',
      'subscribe',
      'system.getAllowedServices',
    ]);
    // Resources are asked once the subscription stands, so no event in between is lost.
    expect(page.names()[0]).to.equal('subscribe');
  });

  it('keeps elements current from events', async () => {
    page = await openElementsTestPage();
    const consumer = await ConsumerHarness.shown(page);
    expect(await consumer.state()).to.equal('NOT_READY');
    // The host records the subscription before it answers it.
    await page.answered('subscribe');
    expect(page.host.frames[0]!.subscriptions.size).to.equal(1);
    page.simulator.agent.setState('Ready');
    await page.notified('agent');
    await consumer.updated();
    expect(await consumer.state()).to.equal('READY');
  });

  it('shares a client the page made, given through the client property', async () => {
    page = await openElementsTestPage();
    await page.control('provide', { hostOrigin: sameOrigin(), markup: '<test-consumer></test-consumer>' });
    const consumer = new ConsumerHarness(page);
    await consumer.loaded();
    expect(await consumer.agent()).to.equal('Lovelace');
    expect(await new BridgeHarness(page).hostOrigin()).to.equal(null);
  });

  it('reports an error when Workspace refuses the page', async () => {
    page = await openElementsTestPage({
      'service-client-api.accepted-web-content-origins': 'https://elsewhere.example',
    });
    bridge = new BridgeHarness(page);
    await page.render('');
    await bridge.connected();
    expect(await bridge.state()).to.equal('error');
    expect(await bridge.status()).to.match(
      /^Workspace connection failed: Request 'system.getAllowedServices' refused: origin http:\/\/127\.0\.0\.1:\d+ is not listed/,
    );
  });

  it('tells the page author when an element has no provider', async () => {
    page = await openElementsTestPage();
    await page.renderBare('<test-consumer></test-consumer>');
    const consumer = new ConsumerHarness(page);
    await consumer.updated();
    expect(await consumer.missing()).to.equal('no provider');
    expect(page.names()).to.deep.equal([]);
  });
});
