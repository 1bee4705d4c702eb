// <wwe-agent-state> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openOptions } from '../../../test/helpers/workspace.js';

const TRIGGER = 'wwe-agent-state >> [part=trigger]';
const ACTIVE = 'wwe-agent-state >> [part~=active]';

describe('<wwe-agent-state>', () => {
  let page: ElementsPage;
  const show = async (attributes = '', options?: Record<string, string>) => {
    page = await openElementsPage(options);
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-agent-state ${attributes}></wwe-agent-state></wwe-bridge>`);
    await until(async () => (await page.text('wwe-agent-state >> [part=name]')) !== 'Loading…', 'the state is shown');
  };
  const violations = () => page.control<string[]>('axe', { path: 'wwe-agent-state' });
  afterEach(() => page.dispose());

  it("shows the simulator's state, and is accessible closed and open", async () => {
    await show();
    expect(await page.text('wwe-agent-state >> [part=name]')).to.equal('Not Ready');
    expect(await page.control('attribute', { path: 'wwe-agent-state', name: 'type' })).to.equal('NOT_READY');
    expect(await violations()).to.deep.equal([]);
    await page.control('click', { path: TRIGGER });
    expect(await page.control('attribute', { path: TRIGGER, name: 'aria-expanded' })).to.equal('true');
    expect(await violations()).to.deep.equal([]);
  });

  it('sets a state from the keyboard: agent.setState reaches the host, wwe-state-change fires, the view follows', async () => {
    await show();
    await page.control('key', { path: TRIGGER, key: 'ArrowDown' });
    await page.control('key', { path: TRIGGER, key: 'Home' });
    expect(await page.control('attribute', { path: TRIGGER, name: 'aria-activedescendant' })).to.match(/-0$/);
    await page.control('key', { path: TRIGGER, key: 'Enter' });
    await until(async () => (await page.text('wwe-agent-state >> [part=name]')) === 'Ready', 'the new state');
    expect(page.sent().filter((name) => name === 'agent.setState')).to.have.length(1);
    const [call] = page.traffic.filter((entry) => entry.kind === 'request' && (entry.message as { request: string }).request === 'agent.setState');
    expect((call!.message as { parameters: unknown[] }).parameters).to.deep.equal(['Ready']);
    expect((await page.control<Array<{ type: string; detail: unknown }>>('events')).filter((event) => event.type === 'wwe-state-change'))
      .to.deep.equal([{ type: 'wwe-state-change', detail: { operationName: 'Ready' } }]);
    expect(await page.control('focused')).to.equal('div[part=trigger]');
  });

  it('follows STATE_CHANGED from Workspace', async () => {
    await show();
    await until(() => page.sent().includes('subscribe'), 'the subscription');
    await until(() => page.host.frames[0]!.subscriptions.size === 1, 'the host records it');
    page.simulator.agent.setState('NotReadyBreak');
    await until(async () => (await page.text('wwe-agent-state >> [part=name]')) === 'Not Ready - Break', 'the new state');
  });

  it('shows an error and keeps the state when Workspace refuses', async () => {
    await show();
    page.simulator.faults.fail('agent.setState', 'Error: The agent cannot go ready during wrap-up.');
    await page.control('click', { path: TRIGGER });
    await page.control('click', { path: 'wwe-agent-state >> [role=option]' });
    await until(async () => (await page.text('wwe-agent-state >> [part=error]')) !== null, 'the error');
    expect(await page.text('wwe-agent-state >> [part=error]')).to.equal('Error: The agent cannot go ready during wrap-up.');
    expect(await page.text('wwe-agent-state >> [part=name]')).to.equal('Not Ready');
    expect(await violations()).to.deep.equal([]);
  });

  it('is disabled, with a visible reason, where the page may not set the state', async () => {
    await show('', { ...openOptions, 'service-client-api.accepted-web-content-origins': '* (agent.get, agent.getState, agent.getStateList)' });
    await until(async () => (await page.text('wwe-agent-state >> [part=reason]')) !== null, 'the reason');
    expect(await page.text('wwe-agent-state >> [part=reason]')).to.equal('This page may not call agent.setState (service-client-api.accepted-web-content-origins).');
    expect(await page.control('attribute', { path: TRIGGER, name: 'aria-disabled' })).to.equal('true');
    expect(await violations()).to.deep.equal([]);
  });

  it('with media, shows and sets one channel through media.setState', async () => {
    await show('media="chat"');
    await page.control('key', { path: TRIGGER, key: 'Enter' });
    await page.control('key', { path: TRIGGER, key: 'Home' });
    await page.control('key', { path: TRIGGER, key: 'Enter' });
    await until(async () => (await page.text('wwe-agent-state >> [part=name]')) === 'Ready', 'the channel is ready');
    expect(page.simulator.agent.media('chat')!.state.type).to.equal('READY');
    expect(page.sent()).to.include('media.setState');
  });

  describe('from the keyboard (real key presses, focus in the cross-origin page)', () => {
    /** The element with the agent's state and the state list loaded and rendered, its combobox focused. */
    const focused = async () => {
      page = await openElementsPage();
      await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-agent-state></wwe-agent-state></wwe-bridge>`);
      await page.control('settled');
      expect(await page.text('wwe-agent-state >> [part=name]')).to.equal('Not Ready');
      expect(await page.control('focus', { path: TRIGGER })).to.equal(true);
    };
    const expanded = () => page.control('attribute', { path: TRIGGER, name: 'aria-expanded' });

    it('closes its menu on Escape and keeps focus on the combobox', async () => {
      await focused();
      await sendKeys({ press: 'ArrowDown' });
      expect(await expanded()).to.equal('true');
      await sendKeys({ press: 'Escape' });
      expect(await expanded()).to.equal('false');
      expect(await page.control('focused')).to.equal('div[part=trigger]');
      expect(page.sent()).to.not.include('agent.setState');
    });

    it('type-ahead: a character opens the list on the next state starting with it; again, the one after; more characters narrow it', async () => {
      await focused();
      await sendKeys({ press: 'a' });
      expect(await expanded()).to.equal('true');
      expect(await page.text(ACTIVE)).to.equal('After Call Work');
      expect(await page.control('attribute', { path: TRIGGER, name: 'aria-activedescendant' })).to.match(/-6$/);
      await sendKeys({ press: 'A' });
      expect(await page.text(ACTIVE)).to.equal('After Call Work - Break');
      // Nothing starts with "aad": a new search, for "d".
      await sendKeys({ press: 'd' });
      expect(await page.text(ACTIVE)).to.equal('Do Not Disturb');
      // Escape closes and forgets what was typed; typing reopens on the current state and searches from the next.
      await sendKeys({ press: 'Escape' });
      await sendKeys({ type: 'not ready - l' });
      expect(await page.text(ACTIVE)).to.equal('Not Ready - Lunch');
      expect(page.sent()).to.not.include('agent.setState');
      expect(await violations()).to.deep.equal([]);
      const changed = page.control('event', { type: 'wwe-state-change' });
      await sendKeys({ press: 'Enter' });
      expect(await changed).to.deep.equal({ operationName: 'NotReadyLunch' });
    });
  });
});
