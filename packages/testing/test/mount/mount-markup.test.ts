// mountInWorkspace with plain markup: the default options, the interaction option, and the frame calls.
import { expect } from '@open-wc/testing';
import { WORKSPACE_SECTION } from '@wwe-kit/host';
import { mountInWorkspace, type MountedWorkspace } from '../../src/mount/index.js';

describe('mountInWorkspace with plain markup', () => {
  let workspace: MountedWorkspace | undefined;
  afterEach(() => workspace?.dispose());

  it("accepts the frame's origin for everything when the options name no accepted origins", async () => {
    workspace = await mountInWorkspace('<p id="hello" title="Greeting">Hello  <b>there</b></p>', {
      options: { 'service-client-api.user-data.read-allowed': 'Tier' },
    });
    const section = workspace.host.optionData[WORKSPACE_SECTION]!;
    expect(section['service-client-api.accepted-web-content-origins']).to.match(
      new RegExp(`^${workspace.frame.origin.replace(/\./g, '\\.')} \\(\\*, `),
    );
    expect(section['service-client-api.user-data.read-allowed']).to.equal('Tier');
    expect(workspace.problems).to.deep.equal([]);
    expect(await workspace.text('#hello')).to.equal('Hello there');
    expect(await workspace.attribute('#hello', 'title')).to.equal('Greeting');
    expect(await workspace.attribute('[data-wwe-mount]', 'data-interaction-id')).to.equal(null);
    expect(workspace.interactionId).to.equal(undefined);
  });

  it('leaves the call ringing with answer: false, and passes its id to a template function', async () => {
    workspace = await mountInWorkspace(({ interactionId }) => `<p id="call">${interactionId}</p>`, {
      interaction: { ani: '+33123456789', answer: false },
    });
    const id = workspace.interactionId!;
    expect(await workspace.text('#call')).to.equal(id);
    expect(workspace.simulator.interactions.get(id).interaction).to.include({ state: 'RINGING' });
    workspace.desk.answer(id);
    expect(workspace.simulator.interactions.get(id).interaction).to.include({ state: 'TALKING' });
  });

  it('waits in the frame for a change, and says what it saw when the change never comes', async () => {
    workspace = await mountInWorkspace('<button id="go" onclick="this.textContent = \'Done\'">Go</button>');
    await workspace.click('#go');
    expect(await workspace.waitFor('#go', { text: 'Done' })).to.equal('Done');
    const error = await workspace.waitFor('#go', { text: 'Never', within: 50 }).then(
      () => expect.fail('waitFor resolved'),
      (thrown: Error) => thrown,
    );
    expect(error.message).to.equal(
      `workspace.waitFor('#go'): waited 50 ms at '#go' for text "Never", but it reads "Done"`,
    );
    const missing = await workspace.click('#nothing').catch((thrown: Error) => thrown.message);
    expect(missing).to.equal(
      "workspace.click('#nothing'): no element matches '#nothing' in the mounted page (' >> ' enters a shadow root)",
    );
  });
});
