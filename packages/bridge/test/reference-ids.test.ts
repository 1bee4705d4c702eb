// referenceIds: a caller may choose its own (the legacy sendMessage does, for pages), a number
// too; answers are matched by the value exactly as sent.
import { expect } from '@open-wc/testing';
import { useResponderClient } from '../../../test/helpers/client.js';

describe('ServiceClient referenceIds', () => {
  const setup = useResponderClient();

  it('sends a chosen referenceId as given and matches its answer by that exact value', async () => {
    // 3 and '3' are two requests: each gets its own answer.
    const [number, string] = await Promise.all([
      setup.client.exchange('test.echo', ['number'], { referenceId: 3 }),
      setup.client.exchange('test.echo', ['string'], { referenceId: '3' }),
    ]);
    expect([number.data, string.data]).to.deep.equal([['number'], ['string']]);
    const sent = await setup.responder.received();
    expect(sent.map((message) => message['referenceId'])).to.deep.equal([3, '3']);
  });

  it('skips, in its own counter, a referenceId still waiting for its answer', async () => {
    await setup.responder.control('configure', { silent: { 'agent.get': true } });
    void setup.client.exchange('agent.get', [], { referenceId: '0', timeout: 0 }).catch(() => undefined);
    expect(setup.client.nextReferenceId()).to.equal('1');
    await setup.client.request('agent.getState');
    expect((await setup.responder.received()).map((message) => message['referenceId'])).to.deep.equal(['0', '2']);
  });
});
