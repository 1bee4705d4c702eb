// <wwe-bridge> and the shared store, in a cross-origin page served by the real host and simulator.
import { expect } from '@open-wc/testing';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';

describe('<wwe-bridge> and the shared store', () => {
  let page: ElementsPage;
  afterEach(() => page.dispose());

  it('connects, reports ready, and feeds every element from one subscription and one request per resource', async () => {
    page = await openElementsPage();
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}">${'<test-consumer></test-consumer>'.repeat(5)}</wwe-bridge>`);
    await until(async () => (await page.text('test-consumer:nth-of-type(5) >> [part=agent]')) === 'Lovelace', 'every consumer shows the agent');
    await until(async () => (await page.control('attribute', { path: 'wwe-bridge', name: 'state' })) === 'ready', 'the bridge is ready');
    expect(await page.control('events')).to.deep.equal([
      { type: 'wwe-bridge-state', detail: { state: 'connecting' } },
      { type: 'wwe-bridge-state', detail: { state: 'ready' } },
    ]);
    expect(page.sent().sort()).to.deep.equal(['agent.get', 'agent.getState', 'subscribe', 'system.getAllowedServices']);
    // Resources are asked once the subscription stands, so no event in between is lost.
    expect(page.sent()[0]).to.equal('subscribe');
  });

  it('keeps elements current from events', async () => {
    page = await openElementsPage();
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><test-consumer></test-consumer></wwe-bridge>`);
    await until(async () => (await page.text('test-consumer >> [part=state]')) === 'NOT_READY', 'the first state');
    await until(() => page.sent().includes('subscribe'), 'the subscription');
    await until(() => page.host.frames[0]!.subscriptions.size === 1, 'the host records it');
    page.simulator.agent.setState('Ready');
    await until(async () => (await page.text('test-consumer >> [part=state]')) === 'READY', 'the new state');
  });

  it('shares a client the page made, given through the client property', async () => {
    page = await openElementsPage();
    await page.control('provide', { hostOrigin: sameOrigin(), markup: '<test-consumer></test-consumer>' });
    await until(async () => (await page.text('test-consumer >> [part=agent]')) === 'Lovelace', 'the consumer uses it');
    expect(await page.control('attribute', { path: 'wwe-bridge', name: 'host-origin' })).to.equal(null);
  });

  it('reports an error when Workspace refuses the page', async () => {
    page = await openElementsPage({ 'service-client-api.accepted-web-content-origins': 'https://elsewhere.example' });
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"></wwe-bridge>`);
    await until(async () => (await page.control('attribute', { path: 'wwe-bridge', name: 'state' })) === 'error', 'the error state');
    expect(await page.text('wwe-bridge >> [part=status]')).to.match(/^Workspace connection failed: Request 'system.getAllowedServices' refused: origin http:\/\/127\.0\.0\.1:\d+ is not listed/);
  });

  it('tells the page author when an element has no provider', async () => {
    page = await openElementsPage();
    await page.render('<test-consumer></test-consumer>');
    await until(async () => (await page.text('test-consumer >> [part=missing]')) === 'no provider', 'the message');
    expect(page.sent()).to.deep.equal([]);
  });
});
