// mountInWorkspace with a real @wwe-kit/elements component: a cross-origin frame, the real host and
// simulator in this page, and the element's own bridge talking to them.
import { expect } from '@open-wc/testing';
import type { TrafficEntry } from '@wwe-kit/host';
import { html } from 'lit';
import sinon from 'sinon';
import { mountInWorkspace, type MountedWorkspace } from '../../src/mount/index.js';

/** The modules that define <wwe-bridge> and <wwe-user-data>, on the test server. */
const modules = [
  new URL('../../../elements/src/define/bridge.ts', import.meta.url),
  new URL('../../../elements/src/define/user-data.ts', import.meta.url),
];
/** The page may read two keys of the call's data, and write one. */
const options = {
  'service-client-api.user-data.read-allowed': 'CustomerName,Notes',
  'service-client-api.user-data.write-allowed': 'Notes',
};
const CALL_DATA = { CustomerName: 'Ada Lovelace', SSN: '078-05-1120' };
const USER_DATA = 'wwe-user-data';

type Message = { request?: string; referenceId?: unknown; parameters?: unknown[] };
const requestOf = (name: string) => (entry: TrafficEntry) =>
  entry.direction === 'in' && entry.kind === 'request' && (entry.message as Message).request === name;
const answerTo = (request: TrafficEntry) => (entry: TrafficEntry) =>
  entry.direction === 'out' &&
  (entry.kind === 'answer' || entry.kind === 'error') &&
  (entry.message as Message).referenceId === (request.message as Message).referenceId;

const mountUserData = () =>
  mountInWorkspace(
    ({ interactionId }) =>
      html`<wwe-bridge><wwe-user-data interaction-id=${interactionId} editable="Notes"></wwe-user-data></wwe-bridge>`,
    { modules, options, interaction: { userData: CALL_DATA } },
  );

describe('mountInWorkspace with <wwe-user-data>', () => {
  let workspace: MountedWorkspace | undefined;
  afterEach(() => workspace?.dispose());

  it('mounts in a frame of another origin, which the host serves and this page cannot read', async () => {
    workspace = await mountUserData();
    const { frame, interactionId } = workspace;
    expect(frame.origin).not.to.equal(location.origin);
    expect(new URL(frame.iframe.src).origin).to.equal(frame.origin);
    expect(() => frame.window.document).to.throw();
    expect(workspace.host.frames.map((view) => [view.section, view.mode])).to.deep.equal([['Component', 'tab']]);
    expect(new URL(frame.iframe.src).searchParams.get('interaction')).to.equal(interactionId);
    expect(await workspace.attribute('[data-wwe-mount]', 'data-interaction-id')).to.equal(interactionId);
  });

  it("answers the element's requests through the real host, showing only the readable keys", async () => {
    workspace = await mountUserData();
    const request = await workspace.traffic.when(requestOf('interaction.getInteractions'));
    expect(request.origin).to.equal(workspace.frame.origin);
    expect((await workspace.traffic.when(answerTo(request))).kind).to.equal('answer');
    const name = `${USER_DATA} >> tr[data-key="CustomerName"] [part=value]`;
    expect(await workspace.waitFor(name, { text: 'Ada Lovelace' })).to.equal('Ada Lovelace');
    expect(await workspace.text(`${USER_DATA} >> tr[data-key="SSN"]`)).to.equal(null);
    const table = await workspace.text(`${USER_DATA} >> [part=table]`);
    expect(table).to.include('CustomerName Ada Lovelace').and.not.to.include('SSN');
    expect(table).not.to.include('078-05-1120');
    expect(workspace.interaction(workspace.interactionId!).userData()).to.include(CALL_DATA);
  });

  it("saves an edit made in the element into Workspace's unfiltered user data", async () => {
    workspace = await mountUserData();
    const id = workspace.interactionId!;
    await workspace.waitFor(`${USER_DATA} >> input[name="Notes"]`);
    await workspace.fill(`${USER_DATA} >> input[name="Notes"]`, 'Prefers email');
    await workspace.click(`${USER_DATA} >> [part=save]`);
    const saved = await workspace.traffic.when(requestOf('interaction.setUserData'));
    expect((saved.message as Message).parameters).to.deep.equal([id, { Notes: 'Prefers email' }]);
    await workspace.waitFor(`${USER_DATA} >> [part=saved]`, { text: 'Saved Notes.' });
    expect(workspace.interaction(id).userData()).to.include({ ...CALL_DATA, Notes: 'Prefers email' });
  });

  it("shows Workspace's failure injected through faults", async () => {
    workspace = await mountUserData();
    workspace.faults.fail('interaction.setUserData', 'Error: Workspace is busy');
    await workspace.waitFor(`${USER_DATA} >> input[name="Notes"]`);
    await workspace.fill(`${USER_DATA} >> input[name="Notes"]`, 'Later');
    await workspace.click(`${USER_DATA} >> [part=save]`);
    expect(await workspace.waitFor(`${USER_DATA} >> [part=error]`)).to.include('Workspace is busy');
    expect(workspace.interaction(workspace.interactionId!).userData()).not.to.have.property('Notes');
  });

  it('removes the frame and every listener it added to this window on dispose', async () => {
    const added = sinon.spy(window, 'addEventListener');
    const removed = sinon.spy(window, 'removeEventListener');
    try {
      workspace = await mountUserData();
      const { iframe } = workspace.frame;
      workspace.dispose();
      expect(iframe.isConnected).to.equal(false);
      expect(workspace.host.frames).to.deep.equal([]);
      const listeners = (spy: sinon.SinonSpy) =>
        spy
          .getCalls()
          .filter((call) => call.args[0] === 'message')
          .map((call) => call.args[1] as unknown);
      expect(listeners(added)).to.have.length.above(0);
      expect(listeners(removed)).to.include.members(listeners(added));
      await workspace.text('p').then(
        () => expect.fail('a disposed workspace answered'),
        (error: Error) => expect(error.message).to.equal("workspace.text('p'): the workspace was disposed"),
      );
    } finally {
      added.restore();
      removed.restore();
    }
  });
});
