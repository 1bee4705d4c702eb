import { expect } from '@open-wc/testing';
import { requests } from '@wwe-kit/protocol';
import { CLIENT_ORIGIN_LINE, clientCode, isCodeable, legacyCode, namedCall } from '../src/inspector/copy-as-code.js';

const dial = { request: 'voice.dial', referenceId: '3', parameters: ['5001', { CRM_CustomerId: 'C-1001' }] };

describe('copy as code', () => {
  it('names the parameters from the catalogue, folding objects', () => {
    expect(namedCall(dial)).to.equal('voice.dial(destination="5001", userData={…})');
    expect(namedCall({ request: 'interaction.setUserData', parameters: ['1', {}] })).to.equal(
      'interaction.setUserData(interactionId="1", keyValues={})',
    );
    expect(namedCall({ request: 'agent.get' })).to.equal('agent.get()');
    expect(namedCall({ event: 'subscribe', data: ['agent', 'interaction'] })).to.equal('subscribe(agent, interaction)');
  });

  it('writes the typed ServiceClient call of @wwe-kit/bridge, after a line saying where client comes from', () => {
    expect(CLIENT_ORIGIN_LINE).to.equal(
      "// import { ServiceClient } from '@wwe-kit/bridge'; const client = new ServiceClient();",
    );
    expect(clientCode(dial)).to.equal(
      `${CLIENT_ORIGIN_LINE}\nconst answer = await client.voice.dial("5001", {"CRM_CustomerId":"C-1001"});`,
    );
    expect(clientCode({ event: 'subscribe', data: ['agent'] })).to.equal(
      `${CLIENT_ORIGIN_LINE}\nclient.on("agent", (event) => console.log(event));`,
    );
  });

  it('sends a request the catalogue does not know, or one with more values than it lists, through the untyped calls', () => {
    expect(clientCode({ request: 'no.such', parameters: [1] })).to.equal(
      `${CLIENT_ORIGIN_LINE}\nconst answer = await client.exchange("no.such", [1]);`,
    );
    expect(legacyCode({ request: 'no.such', parameters: [1] })).to.equal(
      'genesys.wwe.service.sendMessage({ request: "no.such", parameters: [1] }, (answer) => console.log(answer), (failure) => console.warn(failure));',
    );
    // One value more than voice.dial lists: in the namespace call it would take the success callback's slot.
    const extra = [...dial.parameters, 'extra'];
    expect(extra.length).to.be.greaterThan(requests['voice.dial'].params.length);
    expect(clientCode({ request: 'voice.dial', parameters: extra })).to.equal(
      `${CLIENT_ORIGIN_LINE}\nconst answer = await client.exchange("voice.dial", ["5001", {"CRM_CustomerId":"C-1001"}, "extra"]);`,
    );
    expect(legacyCode({ request: 'voice.dial', parameters: extra })).to.equal(
      'genesys.wwe.service.sendMessage({ request: "voice.dial", parameters: ["5001",{"CRM_CustomerId":"C-1001"},"extra"] }, (answer) => console.log(answer), (failure) => console.warn(failure));',
    );
  });

  it('writes the reference library call with its callbacks as the trailing arguments', () => {
    expect(legacyCode(dial)).to.equal(
      'genesys.wwe.service.voice.dial("5001", {"CRM_CustomerId":"C-1001"}, (answer) => console.log(answer), (failure) => console.warn(failure));',
    );
    expect(legacyCode({ event: 'subscribe', data: ['agent'] })).to.equal(
      'genesys.wwe.service.subscribe(["agent"], (event) => console.log(event), this);',
    );
  });

  it('writes code for requests and subscribes only, never for a summary of a message', () => {
    expect(isCodeable(dial)).to.equal(true);
    expect(isCodeable({ event: 'interaction', data: {} })).to.equal(false);
    expect(isCodeable({ request: 'voice.dial', summarised: true, size: 1, preview: '' })).to.equal(false);
  });
});
