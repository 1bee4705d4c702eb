import { expect } from '@open-wc/testing';
import { AccessPolicy, type FrameMode } from '@wwe-kit/host';
import type { RequestName } from '@wwe-kit/protocol';

// The seeds' example of service-client-api.accepted-web-content-origins, word for word.
const seedsExample =
  'http://my-web-server0, http://my-web-server1 (*), http://my-web-server2 (agent.*, voice.dial), http://my-web-server3 (agent.*, interaction.*)';

interface Case {
  readonly option: string;
  readonly origin: string;
  readonly request: RequestName;
  readonly allowed: boolean;
  readonly mode?: FrameMode;
  readonly why: string;
}

const cases: Case[] = [
  {
    option: seedsExample,
    origin: 'http://my-web-server0',
    request: 'agent.get',
    allowed: true,
    why: 'an entry without filter allows everything',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server0',
    request: 'interaction.setUserData',
    allowed: true,
    why: 'an entry without filter allows everything',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server0',
    request: 'auth.getJwtToken',
    allowed: false,
    why: 'auth.getJwtToken needs its full name',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server1',
    request: 'voice.dial',
    allowed: true,
    why: '(*) allows everything',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server1',
    request: 'outbound.updateRecordFields',
    allowed: true,
    why: '(*) allows everything',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server1',
    request: 'auth.getJwtToken',
    allowed: false,
    why: '(*) does not name auth.getJwtToken',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server2',
    request: 'agent.get',
    allowed: true,
    why: 'agent.* (seeds list agent.get)',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server2',
    request: 'agent.getStateList',
    allowed: true,
    why: 'agent.* (seeds list agent.getStateList)',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server2',
    request: 'agent.setState',
    allowed: true,
    why: 'agent.* (seeds list agent.setState)',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server2',
    request: 'agent.getState',
    allowed: true,
    why: 'agent.* (seeds list agent.getState)',
  },
  { option: seedsExample, origin: 'http://my-web-server2', request: 'voice.dial', allowed: true, why: 'named exactly' },
  {
    option: seedsExample,
    origin: 'http://my-web-server2',
    request: 'voice.hangUp',
    allowed: false,
    why: 'only voice.dial of voice is named',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server2',
    request: 'interaction.getInteractions',
    allowed: false,
    why: 'interaction.* is not in its filter',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server2',
    request: 'media.setState',
    allowed: false,
    why: 'media is not agent',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server3',
    request: 'interaction.setUserData',
    allowed: true,
    why: 'interaction.*',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server3',
    request: 'voice.dial',
    allowed: false,
    why: 'voice is not in its filter',
  },
  {
    option: seedsExample,
    origin: 'http://evil.example',
    request: 'agent.get',
    allowed: false,
    why: 'an unlisted origin gets nothing',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server2',
    request: 'system.getAllowedServices',
    allowed: true,
    why: 'getAllowedServices answers every accepted origin',
  },
  {
    option: seedsExample,
    origin: 'http://evil.example',
    request: 'system.getAllowedServices',
    allowed: false,
    why: 'getAllowedServices fails for an unlisted origin',
  },
  { option: '*', origin: 'https://anything.example', request: 'agent.get', allowed: true, why: '* allows any origin' },
  {
    option: '*',
    origin: 'https://anything.example',
    request: 'auth.getJwtToken',
    allowed: false,
    why: 'even under *, auth.getJwtToken needs its name',
  },
  {
    option: '* (agent.*)',
    origin: 'https://anything.example',
    request: 'interaction.getInteractions',
    allowed: false,
    why: '* may carry a filter',
  },
  {
    option: '* (*, auth.getJwtToken)',
    origin: 'https://anything.example',
    request: 'auth.getJwtToken',
    allowed: true,
    why: 'named explicitly under *',
  },
  {
    option: 'https://genesyspureengage.github.io (*, auth.getJwtToken)',
    origin: 'https://genesyspureengage.github.io',
    request: 'auth.getJwtToken',
    allowed: true,
    why: "the reference's own example",
  },
  {
    option: 'https://a.example (auth.*)',
    origin: 'https://a.example',
    request: 'auth.getJwtToken',
    allowed: false,
    why: 'auth.* is not the full name',
  },
  {
    option: '*, http://a.example (voice.dial)',
    origin: 'http://a.example',
    request: 'agent.get',
    allowed: false,
    why: "an origin's own entry wins over *",
  },
  {
    option: '*, http://a.example (voice.dial)',
    origin: 'http://b.example',
    request: 'agent.get',
    allowed: true,
    why: 'other origins fall back to *',
  },
  {
    option: 'http://a.example (agent.*), http://a.example (voice.dial)',
    origin: 'http://a.example',
    request: 'voice.dial',
    allowed: true,
    why: 'entries of one origin add up',
  },
  {
    option: 'http://a.example:80',
    origin: 'http://a.example',
    request: 'agent.get',
    allowed: true,
    why: 'the default port is the same origin',
  },
  {
    option: 'HTTP://A.Example/',
    origin: 'http://a.example',
    request: 'agent.get',
    allowed: true,
    why: 'scheme and host are case-insensitive; a trailing slash is no path',
  },
  {
    option: 'https://a.example',
    origin: 'http://a.example',
    request: 'agent.get',
    allowed: false,
    why: 'the scheme is part of the origin',
  },
  {
    option: 'http://a.example:8080',
    origin: 'http://a.example:8081',
    request: 'agent.get',
    allowed: false,
    why: 'the port is part of the origin',
  },
  {
    option: 'http://example.com',
    origin: 'http://sub.example.com',
    request: 'agent.get',
    allowed: false,
    why: 'a subdomain is another origin',
  },
  {
    option: 'http://a.example (voice.*)',
    origin: 'http://a.example',
    request: 'sipEndpoint.muteMicrophone',
    allowed: true,
    why: 'sipEndpoint spellings are voice requests',
  },
  {
    option: 'http://a.example (sipEndpoint.muteMicrophone)',
    origin: 'http://a.example',
    request: 'voice.muteMicrophone',
    allowed: true,
    why: 'either spelling names the same request',
  },
  {
    option: 'http://a.example (voice.muteMicrophone)',
    origin: 'http://a.example',
    request: 'sipEndpoint.unmuteMicrophone',
    allowed: false,
    why: 'an alias of another request stays refused',
  },
  {
    option: '',
    origin: 'http://a.example',
    request: 'agent.get',
    allowed: false,
    why: 'an empty option accepts no origin',
  },
  {
    option: 'http://a.example ()',
    origin: 'http://a.example',
    request: 'agent.get',
    allowed: false,
    why: 'an empty filter allows nothing',
  },
  {
    option: 'http://a.example (bogus.*, voice.dial)',
    origin: 'http://a.example',
    request: 'agent.get',
    allowed: false,
    why: 'a typo in a filter never widens it',
  },
  {
    option: 'http://a.example (bogus.*, voice.dial)',
    origin: 'http://a.example',
    request: 'voice.dial',
    allowed: true,
    why: 'the rest of a filter with a typo still holds',
  },
  {
    option: 'http://a.example (agent.*',
    origin: 'http://a.example',
    request: 'agent.get',
    allowed: false,
    why: 'an unbalanced entry is ignored, not read as "no filter"',
  },
  {
    option: 'my-web-server',
    origin: 'http://my-web-server',
    request: 'agent.get',
    allowed: false,
    why: 'an origin needs its scheme',
  },
  {
    option: '*',
    origin: 'null',
    request: 'agent.get',
    allowed: false,
    why: 'an opaque origin cannot be answered safely',
  },
  {
    option: '*',
    origin: 'http://a.example',
    request: 'auth.getPureCloudToken',
    allowed: false,
    why: 'token requests need their full name',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server0',
    request: 'voice.dial',
    mode: 'workspace-tab',
    allowed: true,
    why: 'a workspace-level tab may dial',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server0',
    request: 'agent.get',
    mode: 'workspace-tab',
    allowed: false,
    why: 'a workspace-level tab may only dial',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server3',
    request: 'voice.dial',
    mode: 'workspace-tab',
    allowed: false,
    why: 'the origin filter still applies to the tab',
  },
  {
    option: seedsExample,
    origin: 'http://my-web-server1',
    request: 'agent.get',
    mode: 'popup',
    allowed: true,
    why: 'popups are not restricted',
  },
];

describe('accepted origins and filters: the table', () => {
  it(`has at least 30 cases, the seeds' example among them`, () => {
    expect(cases.length).to.be.at.least(30);
    expect(cases.filter((entry) => entry.option === seedsExample).length).to.be.at.least(10);
  });

  for (const entry of cases) {
    it(`${entry.option || "''"} | ${entry.origin} ${entry.mode ?? 'tab'} → ${entry.request}: ${entry.allowed ? 'allowed' : 'refused'} (${entry.why})`, () => {
      const refusal = new AccessPolicy(entry.option).refusal(entry.request, entry.origin, entry.mode ?? 'tab', 'View');
      if (entry.allowed) expect(refusal).to.equal(undefined);
      else
        expect(refusal)
          .to.be.a('string')
          .and.match(new RegExp(`^Request '${entry.request.replace('.', '\\.')}' refused: `));
    });
  }
});

describe('accepted origins: refusals and problems', () => {
  it('names the request, the origin and the option to change', () => {
    const refusal = new AccessPolicy(seedsExample).refusal('voice.hangUp', 'http://my-web-server2', 'tab', 'Crm');
    expect(refusal).to.equal(
      `Request 'voice.hangUp' refused: origin http://my-web-server2 is not allowed this request by its filter (agent.*, voice.dial) in service-client-api.accepted-web-content-origins. Allow it in service-client-api.accepted-web-content-origins, e.g. "http://my-web-server2 (agent.*, voice.dial, voice.hangUp)".`,
    );
  });

  it('tells an unlisted origin how to be listed', () => {
    expect(new AccessPolicy('http://a.example').refusal('voice.dial', 'http://b.example', 'tab', 'Crm')).to.equal(
      `Request 'voice.dial' refused: origin http://b.example is not listed in service-client-api.accepted-web-content-origins. Add "http://b.example" to service-client-api.accepted-web-content-origins in the interaction-workspace section, e.g. "http://b.example (voice.dial)".`,
    );
  });

  it('explains the workspace-level tab rule', () => {
    const refusal = new AccessPolicy('*').refusal('agent.get', 'http://a.example', 'workspace-tab', 'Directory');
    expect(refusal).to.contain(
      "the view 'Directory' from origin http://a.example is shown as a workspace-level tab, and such views may only call voice.dial",
    );
  });

  it('reports mistakes in the option and keeps the rest', () => {
    const policy = new AccessPolicy('my-web-server, http://a.example/crm (agent.*, bogus), http://b.example ()');
    expect(policy.problems).to.have.length(4);
    expect(policy.problems.join('\n'))
      .to.contain('"my-web-server"')
      .and.contain('has a path')
      .and.contain('Filter "bogus"')
      .and.contain('empty filter list');
    expect(policy.rules.map((rule) => rule.origin)).to.deep.equal(['http://a.example', 'http://b.example']);
  });

  it('lists the allowed services of an origin in catalogue order', () => {
    const grant = new AccessPolicy(seedsExample).grant('http://my-web-server2', 'tab');
    expect([...grant.allowed]).to.deep.equal([
      'agent.get',
      'agent.getState',
      'agent.getStateList',
      'agent.setState',
      'system.getAllowedServices',
      'voice.dial',
    ]);
    expect([...grant.namespaces].sort()).to.deep.equal(['agent', 'voice']);
  });
});
