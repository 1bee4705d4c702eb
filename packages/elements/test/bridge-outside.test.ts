// <wwe-bridge> on a page nobody framed or opened: the test page itself, top level.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/bridge.js';
import type { WweBridgeElement } from '../src/bridge/bridge.js';

describe('<wwe-bridge> outside Workspace', () => {
  it('reports an error that says what to do, instead of throwing while it connects', async () => {
    expect(window.parent).to.equal(window);
    expect(window.opener).to.equal(null);
    const states: string[] = [];
    document.addEventListener('wwe-bridge-state', (event) => states.push((event as CustomEvent<{ state: string }>).detail.state));
    const bridge = await fixture<WweBridgeElement>(html`<wwe-bridge></wwe-bridge>`);
    expect(bridge.state).to.equal('error');
    expect(bridge.client).to.equal(undefined);
    expect(bridge.message).to.match(/^No connection to Workspace \(wwe-kit: not in a frame or popup.*\)\. Open this page from Workspace as a web-content view, or set the client property\.$/);
    expect(states).to.deep.equal(['error']);
  });
});
