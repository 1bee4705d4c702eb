// Reading options (issue 11, "Also"): configuration.getOption with wildcards must not hand a page
// the security options themselves (accepted origins, allowlists, rate limits) unless
// service-client-api.option.read-allowed-web-content-origin names its origin; set, that option
// also limits which origins may read options at all. Real cross-origin views, real simulator.
import { expect } from '@open-wc/testing';
import { crossOrigin, sameOrigin } from '../../../test/helpers/responder.js';
import { createWorkspace, openOptions, type Workspace } from '../../../test/helpers/workspace.js';

const section = {
  ...openOptions,
  'service-client-api.rate-limit': '50',
  'privilege.outbound.can-reschedule': 'true',
  'voice.auto-answer': 'false',
};

describe('host policy: who reads options, and the security options', () => {
  let workspace: Workspace;
  afterEach(() => workspace.dispose());

  it('leaves the service-client-api options out of every answer when the option is not set', async () => {
    workspace = createWorkspace({
      'interaction-workspace': section,
      Crm: { 'service-client-api.shadow': 'x', url: 'u' },
    });
    const probe = await workspace.open();
    expect(await workspace.call(probe, 'configuration.getOption', 'service-client-api.*')).to.deep.equal({});
    expect(
      await workspace.call(probe, 'configuration.getOption', ['s*', 'privilege.*', 'Crm/s*', 'Crm/u*']),
    ).to.deep.equal({
      'interaction-workspace': { 'privilege.outbound.can-reschedule': 'true' },
      Crm: { url: 'u' },
    });
  });

  it('answers them, and every option, to the origins it names; refuses every other origin, saying how to allow it', async () => {
    workspace = createWorkspace({
      'interaction-workspace': {
        ...section,
        'service-client-api.option.read-allowed-web-content-origin': crossOrigin(),
      },
    });
    const reader = await workspace.open();
    const other = await workspace.open({ origin: sameOrigin(), section: 'Other' });
    const options = await workspace.call<Record<string, Record<string, string>>>(
      reader,
      'configuration.getOption',
      'service-client-api.*',
    );
    expect(options['interaction-workspace']).to.include({
      'service-client-api.accepted-web-content-origins': openOptions['service-client-api.accepted-web-content-origins'],
      'service-client-api.rate-limit': '50',
    });
    for (const name of ['configuration.getOption', 'configuration.getContextualOption']) {
      const { error } = await other.call(name, name === 'configuration.getOption' ? ['voice.*'] : ['voice.*', '1']);
      expect(error?.errorMessage).to.equal(
        `Request '${name}' refused: origin ${sameOrigin()} is not listed in service-client-api.option.read-allowed-web-content-origin, which names the origins allowed to read options. Add "${sameOrigin()}" to service-client-api.option.read-allowed-web-content-origin in the interaction-workspace section.`,
      );
    }
  });

  it('filters getContextualOption the same way', async () => {
    workspace = createWorkspace({ 'interaction-workspace': section });
    const probe = await workspace.open();
    const id = workspace.simulator.scenario.inboundCall('+442071234567');
    expect(
      await workspace.call(probe, 'configuration.getContextualOption', ['service-client-api.*', 'voice.*'], id),
    ).to.deep.equal({
      'interaction-workspace': { 'voice.auto-answer': 'false' },
    });
  });
});
