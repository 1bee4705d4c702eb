import { expect } from '@open-wc/testing';
import type { Interaction } from '@wwe-kit/protocol';
import { expandUrl, urlVariables, type UrlContext } from '../src/url-variables.js';

const agent = { employeeId: 'E1001', firstname: 'Ada', lastname: 'Lovelace', username: 'ada.lovelace' };
const interaction: Interaction = {
  interactionId: '7',
  caseId: 'case-9',
  state: 'RINGING',
  media: 'voice',
  direction: 'IN',
  ani: '+44 20',
  callType: 'INBOUND',
  userData: { AccountNumber: '4711/0042', Secret: 'not for urls', Score: 87 },
};
const context: UrlContext = {
  agent,
  workspaceOrigin: 'http://localhost:5173',
  interaction,
  readableKeys: ['AccountNumber', 'Score'],
};

describe('url variables', () => {
  it('replaces every documented variable, URL-encoded', () => {
    const template = Object.keys(urlVariables)
      .map((name) => `${name}=$${name}$`)
      .join('&');
    const { url, problems } = expandUrl(`https://crm/?${template}`, context);
    expect(problems).to.deep.equal([]);
    expect(Object.fromEntries(new URL(url).searchParams)).to.deep.equal({
      'Agent.FullName': 'Ada Lovelace',
      'Agent.FirstName': 'Ada',
      'Agent.LastName': 'Lovelace',
      'Agent.UserName': 'ada.lovelace',
      'Agent.EmployeeId': 'E1001',
      'Workspace.Origin': 'http://localhost:5173',
      'Interaction.Id': '7',
      'Interaction.CaseId': 'case-9',
      'Interaction.Type': 'voice',
      'Interaction.PhoneNumber': '+44 20',
      'Interaction.CallType': 'INBOUND',
    });
  });

  it('takes the dialled number for outbound calls', () => {
    const outbound = { ...interaction, direction: 'OUT' as const, dnis: '5001' };
    expect(expandUrl('$Interaction.PhoneNumber$', { ...context, interaction: outbound }).url).to.equal('5001');
  });

  it('passes attached data the read allowlist allows, and only that', () => {
    const allowed = expandUrl('a=$AttachedData.AccountNumber$&s=$AttachedData.Score$', context);
    expect(allowed).to.deep.equal({ url: 'a=4711%2F0042&s=87', problems: [] });
    const hidden = expandUrl('x=$AttachedData.Secret$', context);
    expect(hidden.url).to.equal('x=');
    expect(hidden.problems[0]).to.match(
      /'Secret' is not in service-client-api\.user-data\.read-allowed\. Add it there/,
    );
  });

  it('reports interaction variables in workspace-level views and unknown names, leaving them empty', () => {
    const workspaceLevel = { agent, workspaceOrigin: 'http://localhost:5173', readableKeys: [] };
    const result = expandUrl(
      'https://crm/?id=$Interaction.Id$&who=$Agent.Nickname$&d=$AttachedData.AccountNumber$',
      workspaceLevel,
    );
    expect(result.url).to.equal('https://crm/?id=&who=&d=');
    expect(result.problems).to.have.length(3);
    expect(result.problems[0]).to.match(
      /\$Interaction\.Id\$ needs an interaction; use it in a view listed in interaction\.web-content/,
    );
    expect(result.problems[1]).to.match(
      /\$Agent\.Nickname\$ is not a variable the shell knows\. Known: .*\$Agent\.FullName\$/,
    );
  });

  it('leaves text that only looks like a variable alone', () => {
    expect(expandUrl('https://crm/?price=$5&x=$Interaction$', context).url).to.equal(
      'https://crm/?price=$5&x=$Interaction$',
    );
  });
});
