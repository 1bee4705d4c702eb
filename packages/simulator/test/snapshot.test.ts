// What the simulator hands out is a copy: a page's answer or an event's payload changed by its receiver
// changes nothing in the simulator, and the copy keeps the data as structured clone would.
import { expect } from '@open-wc/testing';
import type { RequestContext } from '@wwe-kit/host';
import type { Interaction } from '@wwe-kit/protocol';
import { WorkspaceSimulator } from '@wwe-kit/simulator';
import { snapshot } from '../src/snapshot.js';

const context: RequestContext = {
  frame: { frameId: 1, section: 'Test', mode: 'tab' } as RequestContext['frame'],
  origin: 'http://test',
  requestedAs: 'interaction.getInteractions',
};

describe('simulator snapshots', () => {
  it('copies every object and array, and keeps every value', () => {
    const state = { id: '1', list: [{ key: 'a' }, 2, null], nested: { deep: { text: 'x'.repeat(1000) } } };
    const copy = snapshot(state);
    expect(copy).to.deep.equal(state);
    expect(copy).to.not.equal(state);
    expect(copy.list).to.not.equal(state.list);
    expect(copy.list[0]).to.not.equal(state.list[0]);
    expect(copy.nested.deep).to.not.equal(state.nested.deep);
  });

  it('keeps a `__proto__` key as a field of the data, never as the copy’s prototype', () => {
    const state = JSON.parse('{"userData":{"__proto__":{"polluted":true},"Key1":"v"}}') as {
      userData: Record<string, unknown>;
    };
    const copy = snapshot(state);
    expect(Object.getPrototypeOf(copy.userData)).to.equal(Object.prototype);
    expect(Object.keys(copy.userData)).to.deep.equal(['__proto__', 'Key1']);
    expect((copy.userData as { polluted?: unknown }).polluted).to.equal(undefined);
  });

  it('copies a value that refers to itself, or is held twice, once, keeping its shape', () => {
    const shared = { name: 'shared' };
    const state: Record<string, unknown> = { a: shared, b: shared };
    state['self'] = state;
    const copy = snapshot(state);
    expect(copy['self']).to.equal(copy);
    expect(copy['a']).to.equal(copy['b']);
    expect(copy['a']).to.not.equal(shared);
  });

  it('keeps what a page may store besides plain data (a Date, a Map, a Set, a hole) as structured clone does', () => {
    const when = new Date(0);
    const sparse = [1, 2, 3];
    delete sparse[1];
    const state = { when, map: new Map([['k', { v: 1 }]]), set: new Set(['a']), sparse };
    const copy = snapshot(state);
    expect(copy.when).to.be.instanceOf(Date).and.not.equal(when);
    expect(copy.when.getTime()).to.equal(0);
    expect(copy.map).to.be.instanceOf(Map).and.not.equal(state.map);
    expect(copy.map.get('k')).to.deep.equal({ v: 1 });
    expect([...copy.set]).to.deep.equal(['a']);
    expect(1 in copy.sparse, 'the hole').to.equal(false);
    expect(copy.sparse).to.have.length(3);
  });

  it('copies only the readable user data when the host hands its allowlist over', () => {
    const simulator = new WorkspaceSimulator();
    simulator.scenario.inboundCall('5551234', { Key1: 'a', Secret: 's' });
    const readable = { ...context, userDataReadable: new Set(['Key1']) };
    const [answered] = simulator.handle('interaction.getInteractions', [], readable) as Interaction[];
    expect(answered!.userData).to.deep.equal({ Key1: 'a' });
    const byId = simulator.handle('interaction.getByInteractionId', [answered!.interactionId], readable) as Interaction;
    expect(byId.userData).to.deep.equal({ Key1: 'a' });
    const [whole] = simulator.handle('interaction.getInteractions', [], context) as Interaction[];
    expect(whole!.userData).to.include({ Key1: 'a', Secret: 's' });
  });

  it('hands out interactions whose changes never reach the simulator', () => {
    const simulator = new WorkspaceSimulator();
    const id = simulator.scenario.inboundCall('5551234', { Key1: 'kept', Nested: { list: ['a'] } } as never);
    const events: Array<{ interaction?: Interaction }> = [];
    simulator.connect({
      emit: (name, data) => {
        if (name === 'interaction') events.push(data as { interaction?: Interaction });
      },
    });
    const [answered] = simulator.handle('interaction.getInteractions', [], context) as Interaction[];
    answered!.userData['Key1'] = 'changed by the page';
    (answered!.userData['Nested'] as { list: string[] }).list.push('b');
    simulator.handle('interaction.setUserData', [id, { Key2: 'added' }], context);
    const raised = events.at(-1)!.interaction!;
    raised.userData['Key2'] = 'changed by a listener';
    const [again] = simulator.handle('interaction.getInteractions', [], context) as Interaction[];
    expect(again!.userData['Key1']).to.equal('kept');
    expect(again!.userData['Nested']).to.deep.equal({ list: ['a'] });
    expect(again!.userData['Key2']).to.equal('added');
  });
});
