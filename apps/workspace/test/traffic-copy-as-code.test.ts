import { expect } from '@open-wc/testing';
import { clientCode, isCodeable, legacyCode, namedCall } from '../src/inspector/copy-as-code.js';

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

  it('writes the typed ServiceClient call of @wwe-kit/bridge', () => {
    expect(clientCode(dial)).to.equal('const answer = await client.voice.dial("5001", {"CRM_CustomerId":"C-1001"});');
    expect(clientCode({ event: 'subscribe', data: ['agent'] })).to.equal(
      'client.on("agent", (event) => console.log(event));',
    );
    expect(clientCode({ request: 'no.such', parameters: [1] })).to.equal('await client.request("no.such", [1]);');
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
