// Record fields and the read allowlist (issue 11, finding 7). The seeds scope
// service-client-api.user-data.read-allowed to "the userData property of the Interaction object"
// (002:158-160, 000:179), so outbound record fields are not user data: the allowlist hides a field
// copied into userData, and governs nothing else. One rule, checked on all four paths that carry
// record fields, through a real cross-origin view, the real host and the simulator.
import { expect } from '@open-wc/testing';
import type { Field, Interaction } from '@wwe-kit/protocol';
import { openOptions, useWorkspace } from '../../../test/helpers/workspace.js';

describe('host policy: record fields are not user data', () => {
  const context = useWorkspace({
    'interaction-workspace': { ...openOptions, 'service-client-api.user-data.read-allowed': 'GSW_PHONE' },
  });
  let previewId: string;
  let retrieved: Interaction;
  beforeEach(async () => {
    const { workspace, probe } = context;
    await probe.listen(['interaction']);
    workspace.simulator.campaigns.load('Offer of the Month');
    previewId = workspace.simulator.previews.deliver('Offer of the Month', 'pull', [
      { custom: { Custom_VarChar: 'Account secret 1234' } },
    ]).interaction.interactionId;
    // The answer comes after the events the delivery raised: they have all arrived by then.
    await workspace.call(probe, 'agent.get');
    const event = (await probe.events()).find((candidate) => candidate.data['eventType'] === 'RECORDS_RETRIEVED');
    retrieved = event!.data['interaction'] as unknown as Interaction;
  });

  // Custom_VarChar stands for a sensitive field, e.g. an account secret, that read-allowed does not list.
  it('hides the field in userData, where the allowlist applies', async () => {
    const { workspace, probe } = context;
    const interaction = await workspace.call<Interaction>(probe, 'interaction.getByInteractionId', previewId);
    expect(interaction.userData).to.deep.equal({ GSW_PHONE: interaction.userData['GSW_PHONE'] });
    expect(retrieved.userData).to.not.have.property('Custom_VarChar');
  });

  it('passes it unchanged on the four record paths: RECORDS_RETRIEVED, getByInteractionId, getChainedRecords, getRecordFields', async () => {
    const { workspace, probe } = context;
    expect(retrieved.chainedRecords?.[0]).to.have.property('Custom_VarChar', 'Account secret 1234');
    const interaction = await workspace.call<Interaction>(probe, 'interaction.getByInteractionId', previewId);
    expect(interaction.chainedRecords?.[0]).to.have.property('Custom_VarChar', 'Account secret 1234');
    const [chain] = await workspace.call<Array<{ records: Array<Record<string, unknown>> }>>(
      probe,
      'outbound.getChainedRecords',
      previewId,
    );
    expect(chain!.records[0]).to.have.property('Custom_VarChar', 'Account secret 1234');
    const fields = await workspace.call<Field[]>(probe, 'outbound.getRecordFields', previewId);
    expect(fields.find((field) => field.name === 'Custom_VarChar')).to.have.property('value', 'Account secret 1234');
  });
});
