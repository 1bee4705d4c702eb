// <wwe-agent-state> in a cross-origin page, against the real host and simulator, through AgentStateHarness.
import { expect } from '@open-wc/testing';
import { openOptions } from '../../../test/helpers/workspace.js';
import { AgentStateHarness } from './harness/agent-state.js';
import { openInteractionPage, type InteractionPage, accepting, mayNotCall } from './interaction-page.js';

describe('<wwe-agent-state>', () => {
  let page: InteractionPage;
  let agentState: AgentStateHarness;
  /** The element with its attributes, its state and state list loaded and shown. */
  const show = async (attributes = '', options: Record<string, string> = openOptions) => {
    page = await openInteractionPage(options);
    await page.render(`<wwe-agent-state ${attributes}></wwe-agent-state>`);
    agentState = new AgentStateHarness(page);
    await agentState.loaded();
  };
  afterEach(() => page.dispose());

  it("shows the simulator's state, and is accessible closed and open", async () => {
    await show();
    expect(await agentState.shownState()).to.equal('Not Ready');
    expect(await agentState.stateType()).to.equal('NOT_READY');
    expect(await agentState.axe()).to.deep.equal([]);
    await agentState.open();
    expect(await agentState.expanded()).to.equal('true');
    expect(await agentState.axe()).to.deep.equal([]);
  });

  it('sets a state from the keyboard: agent.setState reaches the host, wwe-state-change fires, the view follows', async () => {
    await show();
    await agentState.key('ArrowDown');
    await agentState.key('Home');
    expect(await agentState.activeDescendant()).to.match(/-0$/);
    await agentState.key('Enter');
    await page.answered('agent.setState');
    await agentState.updated();
    expect(await agentState.shownState()).to.equal('Ready');
    expect(page.sent('agent.setState')).to.deep.equal([['Ready']]);
    expect(await agentState.changes()).to.deep.equal([{ operationName: 'Ready' }]);
    expect(await agentState.focused()).to.equal('div[part=trigger]');
  });

  it('follows STATE_CHANGED from Workspace', async () => {
    await show();
    expect(await agentState.shownState()).to.equal('Not Ready');
    // The simulator emits STATE_CHANGED and the host posts it to the subscribed page synchronously, in
    // setState: the render awaited next is handled after it (see interaction-page.ts).
    page.simulator.agent.setState('NotReadyBreak');
    await agentState.updated();
    expect(await agentState.shownState()).to.equal('Not Ready - Break');
    // The type beside the name is words, not the constant NOT_READY_ACTION_CODE lowercased.
    expect(await agentState.shownType()).to.equal('not ready (reason)');
  });

  it('shows an error and keeps the state when Workspace refuses', async () => {
    await show();
    page.simulator.faults.fail('agent.setState', 'Error: The agent cannot go ready during wrap-up.');
    expect((await agentState.options())[0]).to.equal('Ready');
    await agentState.choose('Ready');
    expect(await agentState.error()).to.equal('Error: The agent cannot go ready during wrap-up.');
    expect(await agentState.shownState()).to.equal('Not Ready');
    expect(await agentState.axe()).to.deep.equal([]);
  });

  it('is disabled, with a visible reason, where the page may not set the state', async () => {
    await show('', accepting('agent.get, agent.getState, agent.getStateList'));
    expect(await agentState.reason()).to.equal(mayNotCall('agent.setState'));
    expect(await agentState.disabled()).to.equal('true');
    expect(await agentState.axe()).to.deep.equal([]);
  });

  it('with media, shows and sets one channel through media.setState', async () => {
    await show('media="chat"');
    await agentState.key('Enter');
    await agentState.key('Home');
    await agentState.key('Enter');
    await page.answered('media.setState');
    await agentState.updated();
    expect(await agentState.shownState()).to.equal('Ready');
    expect(page.simulator.agent.media('chat')!.state.type).to.equal('READY');
    expect(page.sent('media.setState')).to.have.length(1);
  });

  describe('from the keyboard (real key presses, focus in the cross-origin page)', () => {
    /** The element with the agent's state and the state list loaded and rendered, its combobox focused. */
    const focused = async () => {
      await show();
      expect(await agentState.shownState()).to.equal('Not Ready');
      await agentState.focusTrigger();
    };

    it('closes its menu on Escape and keeps focus on the combobox', async () => {
      await focused();
      await agentState.press('ArrowDown');
      expect(await agentState.expanded()).to.equal('true');
      await agentState.press('Escape');
      expect(await agentState.expanded()).to.equal('false');
      expect(await agentState.focused()).to.equal('div[part=trigger]');
      expect(page.sent('agent.setState')).to.deep.equal([]);
    });

    it('type-ahead: a character opens the list on the next state starting with it; again, the one after; more characters narrow it', async () => {
      await focused();
      await agentState.press('a');
      expect(await agentState.expanded()).to.equal('true');
      expect(await agentState.activeOption()).to.equal('After Call Work');
      expect(await agentState.activeDescendant()).to.match(/-6$/);
      // "A" again: the next state starting with "a". Nothing starts with "aad": a new search, for "d".
      expect(await agentState.afterEachKey(['A', 'd'], () => agentState.activeOption())).to.deep.equal([
        'After Call Work - Break',
        'Do Not Disturb',
      ]);
      // Escape closes and forgets what was typed; typing reopens on the current state and searches from the next.
      await agentState.press('Escape');
      await agentState.type('not ready - l');
      expect(await agentState.activeOption()).to.equal('Not Ready - Lunch');
      expect(page.sent('agent.setState')).to.deep.equal([]);
      expect(await agentState.axe()).to.deep.equal([]);
      const changed = agentState.changed();
      await agentState.press('Enter');
      expect(await changed).to.deep.equal({ operationName: 'NotReadyLunch' });
      await page.answered('agent.setState');
      await agentState.updated();
      expect(await agentState.shownState()).to.equal('Not Ready - Lunch');
    });
  });
});
