// Agent and media namespaces through the real bridge, host and simulator, from a cross-origin frame.
import { expect } from '@esm-bundle/chai';
import type { Media, State } from '@wwe-kit/protocol';
import type { Probe } from '../probe.js';
import { allEvents } from '../events.js';
import { openOptions, type Workspace } from '../workspace.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

/** Registers the agent area of the contract suite. */
export function agentArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: agent and media', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);

    beforeEach(async () => {
      workspace = await ctx.createWorkspace({
        'interaction-workspace': { ...openOptions, 'agent-status.not-ready-reasons': 'Break,Lunch' },
      });
      probe = await workspace.open();
    });
    afterEach(() => workspace.dispose());

    it('agent.get answers the Agent object', async () => {
      expect(await call('agent.get')).to.deep.equal({
        employeeId: 'E1001',
        firstname: 'Ada',
        lastname: 'Lovelace',
        username: 'ada.lovelace',
      });
    });

    it('agent.getStateList follows agent-status.enabled-actions-global, with reasons', async () => {
      const list = await call<State[]>('agent.getStateList');
      expect(list.map((state) => state.operationName)).to.deep.equal([
        'Ready',
        'NotReady',
        'NotReadyBreak',
        'NotReadyLunch',
        'AfterCallWork',
        'AfterCallWorkBreak',
        'AfterCallWorkLunch',
        'Dnd',
        'LogOff',
      ]);
      expect(list[2]).to.deep.equal({
        type: 'NOT_READY_ACTION_CODE',
        displayName: 'Not Ready - Break',
        operationName: 'NotReadyBreak',
      });
      for (const state of list) expect(Object.keys(state)).to.deep.equal(['type', 'displayName', 'operationName']);
    });

    it('agent.getStateList shrinks when the option does', async () => {
      workspace.host.setOptions({
        'interaction-workspace': { ...openOptions, 'agent-status.enabled-actions-global': 'Ready,NotReady' },
      });
      expect((await call<State[]>('agent.getStateList')).map((state) => state.type)).to.deep.equal([
        'READY',
        'NOT_READY',
      ]);
    });

    it('agent.setState changes the state and raises STATE_CHANGED as in the samples', async () => {
      await probe.listen(['agent']);
      await call('agent.setState', 'Ready');
      expect(await call('agent.getState')).to.deep.equal({
        type: 'READY',
        displayName: 'Ready',
        operationName: 'Ready',
      });
      await call('agent.setState', 'NotReadyBreak');
      expect((await allEvents(workspace, probe, 2)).map((entry) => entry.data)).to.deep.equal([
        { eventType: 'STATE_CHANGED', mediaState: 'READY' },
        { eventType: 'STATE_CHANGED', mediaState: 'NOT_READY_ACTION_CODE', reason: 'Break', reasonCode: '1511' },
      ]);
    });

    it('refuses an operationName that is not in the list, naming the valid ones', async () => {
      const result = await probe.call('agent.setState', ['Sleeping']);
      expect(result.error?.errorMessage).to.equal(
        "agent.setState: 'Sleeping' is not an operationName of agent.getStateList(). Use one of: Ready, NotReady, NotReadyBreak, NotReadyLunch, AfterCallWork, AfterCallWorkBreak, AfterCallWorkLunch, Dnd, LogOff.",
      );
    });

    it('media.getMediaList and getMediaByName answer Media with state and device', async () => {
      const list = await call<Media[]>('media.getMediaList');
      expect(list.map((media) => media.name)).to.deep.equal(['voice', 'chat', 'email', 'workitem']);
      expect(await call('media.getMediaByName', 'voice')).to.deep.equal({
        name: 'voice',
        state: { type: 'NOT_READY', displayName: 'Not Ready', operationName: 'NotReady' },
        device: { number: '5001' },
      });
      expect((await probe.call('media.getMediaByName', ['fax'])).error?.errorMessage).to.contain(
        "Media 'fax' not found",
      );
    });

    it('media.setState changes one channel: a media event, then the agent goes PARTIAL_READY', async () => {
      await probe.listen(['agent', 'media']);
      await call('media.setState', 'chat', 'Ready');
      expect(await allEvents(workspace, probe, 2)).to.deep.equal([
        { event: 'media', data: { eventType: 'STATE_CHANGED', mediaState: 'READY', media: 'chat' } },
        { event: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'PARTIAL_READY' } },
      ]);
      expect((await call<State>('agent.getState')).type).to.equal('PARTIAL_READY');
      expect((await probe.call('media.setState', ['chat', 'Dnd'])).error?.errorMessage).to.contain(
        'agent-status.enabled-actions-by-channel',
      );
    });

    it('after the inactivity logout, getState answers the LogOff operation name, which setState accepts (002:1404-1408)', async () => {
      await probe.listen(['agent']);
      const next = probe.nextEvent();
      workspace.clock.advance(30 * 60_000);
      expect(await next).to.deep.equal({ event: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'LOGOUT' } });
      const state = await call<State>('agent.getState');
      expect(state).to.deep.include({ type: 'LOGOUT', operationName: 'LogOff' });
      expect((await call<State[]>('agent.getStateList')).map((entry) => entry.operationName)).to.include(
        state.operationName,
      );
      expect((await call<Media>('media.getMediaByName', 'voice')).state.operationName).to.equal('LogOff');
      await call('agent.setState', state.operationName);
      expect((await call<State>('agent.getState')).operationName).to.equal('LogOff');
    });

    it('PARTIAL_READY names the operation PartialReady, which setState refuses, saying how to get there', async () => {
      await call('media.setState', 'chat', 'Ready');
      expect(await call('agent.getState')).to.deep.equal({
        type: 'PARTIAL_READY',
        displayName: 'Partially Ready',
        operationName: 'PartialReady',
      });
      expect((await probe.call('agent.setState', ['PartialReady'])).error?.errorMessage).to.equal(
        "Error: agent.setState cannot apply 'PartialReady': PARTIAL_READY is the agent's state when only some channels are ready, not a state of agent.getStateList(). Set each channel with media.setState(mediaName, 'Ready'), or all of them with agent.setState('Ready').",
      );
    });
  });
}
