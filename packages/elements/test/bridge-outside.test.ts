// <wwe-bridge> on a page nobody framed or opened: the test page itself, top level.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/bridge.js';
import type { WweBridgeElement } from '../src/bridge/bridge.js';

describe('<wwe-bridge> outside Workspace', () => {
  it('reports an error that says what to do, instead of throwing while it connects', async () => {
    expect(window.parent).to.equal(window);
    expect(window.opener).to.equal(null);
    const states: Array<{ state: string; bubbles: boolean; composed: boolean }> = [];
    document.addEventListener('wwe-bridge-state', (event) =>
      states.push({ state: event.detail.state, bubbles: event.bubbles, composed: event.composed }),
    );
    const bridge = await fixture<WweBridgeElement>(html`<wwe-bridge></wwe-bridge>`);
    expect(bridge.state).to.equal('error');
    expect(bridge.client).to.equal(undefined);
    expect(bridge.message).to.match(
      /^No connection to Workspace \(wwe-kit: not in a frame or popup.*\)\. Open this page from Workspace as a web-content view, or set the client property\.$/,
    );
    // Like every wwe-* event it bubbles and is composed, so a listener outside a shadow root around the bridge hears it.
    expect(states).to.deep.equal([{ state: 'error', bubbles: true, composed: true }]);
  });
});
