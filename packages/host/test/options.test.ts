import { expect } from '@open-wc/testing';
import { OptionDataError, readOptionData, readSettings } from '@wwe-kit/host';

const yaml = `
interaction-workspace:
  interaction.web-content: CrmTab,CrmBackground
  service-client-api.accepted-web-content-origins: http://127.0.0.1:5174 (agent.*, voice.dial), https://crm.example.com
  service-client-api.rate-limit: 50
  service-client-api.rate-limit.voice.dial: 4
  service-client-api.rate-limit-quarantine-delay: 60
  service-client-api.user-data.read-allowed: Key1,Key2,Key3
  service-client-api.user-data.write-allowed: Key1,Key3
CrmTab:
  label: CRM
  url: http://127.0.0.1:5174/tab/?interaction=$Interaction.Id$
`;

describe('Workspace option data', () => {
  it('reads YAML in the shape of the protocol notes', () => {
    const data = readOptionData(yaml);
    expect(data['CrmTab']).to.deep.equal({
      label: 'CRM',
      url: 'http://127.0.0.1:5174/tab/?interaction=$Interaction.Id$',
    });
    const settings = readSettings(data);
    expect(settings.rateLimit).to.equal(50);
    expect([...settings.rateLimits]).to.deep.equal([['voice.dial', 4]]);
    expect(settings.quarantineSeconds).to.equal(60);
    expect([...settings.readAllowed]).to.deep.equal(['Key1', 'Key2', 'Key3']);
    expect([...settings.writeAllowed]).to.deep.equal(['Key1', 'Key3']);
    expect(settings.acceptedOrigins).to.equal('http://127.0.0.1:5174 (agent.*, voice.dial), https://crm.example.com');
    expect(settings.problems).to.deep.equal([]);
  });

  it('reads a plain object, whole or as the interaction-workspace section alone', () => {
    const section = { 'service-client-api.rate-limit': '5' };
    expect(readSettings(readOptionData({ 'interaction-workspace': section })).rateLimit).to.equal(5);
    expect(readSettings(readOptionData(section)).rateLimit).to.equal(5);
  });

  it('uses the documented defaults when options are missing', () => {
    const settings = readSettings(readOptionData({}));
    expect(settings).to.deep.include({ acceptedOrigins: '', rateLimit: 0, quarantineSeconds: 30 });
    expect(settings.readAllowed.size + settings.writeAllowed.size).to.equal(0);
  });

  it('says what is wrong with bad option data', () => {
    expect(() => readOptionData('interaction-workspace: [unclosed')).to.throw(OptionDataError, 'not valid YAML');
    expect(() => readOptionData('- a list')).to.throw(OptionDataError, 'must be a mapping of section names');
    expect(() => readOptionData({ CrmTab: 'CRM' })).to.throw(
      OptionDataError,
      "Option section 'CrmTab' must be a mapping",
    );
    expect(() =>
      readOptionData({ 'interaction-workspace': { 'service-client-api.rate-limit': { nested: 1 } } }),
    ).to.throw(
      OptionDataError,
      "Option 'service-client-api.rate-limit' in section 'interaction-workspace' must be a string",
    );
  });

  it('keeps a __proto__ option name as a plain key', () => {
    const data = readOptionData('interaction-workspace:\n  __proto__: polluted\n');
    expect(Object.keys(data['interaction-workspace']!)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});
