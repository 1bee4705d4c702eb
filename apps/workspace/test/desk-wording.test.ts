import { expect } from '@open-wc/testing';
import type { Interaction } from '@wwe-kit/protocol';
import { WorkspaceSimulator } from '@wwe-kit/simulator';
import { RecordConfirmations } from '../src/desk/confirmations.js';
import { expandPlaceholders } from '../src/options-endpoint.js';
import {
  callResultConfirmation,
  callResultName,
  callTypeLabel,
  partyOf,
  rescheduleConfirmation,
  scheduleText,
  stateLabel,
} from '../src/desk/wording.js';
import { yamlProblems } from '../src/desk/yaml-problems.js';
import { movedKey } from '../src/render/tabs.js';

const call = (fields: Partial<Interaction>): Interaction =>
  ({ interactionId: '3', state: 'RINGING', media: 'voice', userData: {}, ...fields }) as Interaction;

describe('the desk wording', () => {
  it('words call types and states, never breaking a word', () => {
    expect(callTypeLabel('OUTBOUND_PUSH_PREVIEW')).to.equal('Outbound · push preview');
    expect(callTypeLabel('INBOUND')).to.equal('Inbound');
    expect(callTypeLabel('SOME_NEW_TYPE')).to.equal('Some new type');
    expect(stateLabel('TALKING')).to.equal('Connected');
    expect(stateLabel('RINGING')).to.equal('Ringing');
  });

  it('names the party from the sample CRM, with the number as secondary detail', () => {
    expect(partyOf(call({ direction: 'IN', ani: '+442071234567' }))).to.deep.equal({
      name: 'Mary Jackson',
      number: '+442071234567',
    });
    expect(partyOf(call({ direction: 'IN', ani: '+15550000000' }))).to.deep.equal({
      name: '+15550000000',
      number: undefined,
    });
    // A preview record has no ani yet: its party is the record's phone number.
    expect(partyOf(call({ parties: [{ name: '+12025550143' }] })).name).to.equal('Grace Hopper');
    expect(partyOf(call({ media: 'chat' })).name).to.equal('Chat 3');
  });

  it('confirms call results and reschedules in words', () => {
    expect(callResultName(6)).to.equal('Busy');
    expect(callResultName(999)).to.equal('an unlisted call result (999)');
    expect(scheduleText({ date: '05/04/2031 10:15', callbackType: 'PERSONAL' })).to.equal(
      '4 May 2031 10:15 (personal callback)',
    );
    const record = { handle: 283, phone: '+441619876543' };
    expect(callResultConfirmation(record, 6)).to.equal('Call result for record 283 (+441619876543) set to Busy.');
    expect(rescheduleConfirmation(record, { date: '05/04/2031 10:15', callbackType: 'CAMPAIGN' })).to.equal(
      'Record 283 (+441619876543) rescheduled to 4 May 2031 10:15 (campaign callback).',
    );
    expect(rescheduleConfirmation(record, undefined)).to.equal('Reschedule of record 283 (+441619876543) cancelled.');
  });

  it('confirms each change of a record once, and nothing that did not change', () => {
    const simulator = new WorkspaceSimulator({ seed: 1 });
    const confirmations = new RecordConfirmations();
    simulator.campaigns.load('Summer Offers');
    simulator.campaigns.start('Summer Offers', 'Push Preview');
    const preview = simulator.previews.push('Summer Offers');
    const records = () => simulator.interactions.list();
    expect(confirmations.changes(records())).to.deep.equal([]);
    preview.outbound!.callResult = 6;
    const [first] = confirmations.changes(records());
    expect(first).to.match(/^Call result for record \d+ \(.+\) set to Busy\.$/);
    expect(confirmations.changes(records())).to.deep.equal([]);
  });
});

describe('the Options editor helpers', () => {
  it('replaces known placeholders and keeps unknown ones as written', () => {
    expect(expandPlaceholders('a: ${APPS_ORIGIN}/x ${OTHER}', { APPS_ORIGIN: 'http://127.0.0.1:5174' })).to.equal(
      'a: http://127.0.0.1:5174/x ${OTHER}',
    );
  });

  it('reports a YAML error with its place, and the pointer on its own line under the line', () => {
    const [problem, ...rest] = yamlProblems('a:\n  b: c: d\n');
    expect(rest).to.deep.equal([]);
    expect(problem!.message).to.equal('Nested mappings are not allowed in compact mappings');
    expect([problem!.line, problem!.column]).to.deep.equal([2, 6]);
    expect(problem!.frame.split('\n')).to.deep.equal(['  b: c: d', '     ^']);
    expect(yamlProblems('a: 1\n')).to.deep.equal([]);
  });
});

describe('the tab strips', () => {
  it('move with the arrows (wrapping), Home and End, and ignore other keys', () => {
    const keys = ['a', 'b', 'c'];
    expect(movedKey(keys, 'a', 'ArrowRight')).to.equal('b');
    expect(movedKey(keys, 'c', 'ArrowRight')).to.equal('a');
    expect(movedKey(keys, 'a', 'ArrowLeft')).to.equal('c');
    expect(movedKey(keys, 'b', 'Home')).to.equal('a');
    expect(movedKey(keys, 'a', 'End')).to.equal('c');
    expect(movedKey(keys, 'a', 'Enter')).to.equal(undefined);
  });
});
