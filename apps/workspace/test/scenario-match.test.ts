// Matching expectations against the traffic feed: a deep partial match, requests paired with their answers by
// frame and reference id as the answers arrive, and each message looked at once however long the run.
import { expect } from '@open-wc/testing';
import type { TrafficEntry } from '@wwe-kit/host';
import { TrafficFeed } from '../src/scenario-script/feed.js';
import { explainMiss, partialMatch, watchFor } from '../src/scenario-script/match.js';
import { entry } from './scenario-host.js';

/** A feed that records, as during a run, fed `entries`. */
function feedOf(...entries: TrafficEntry[]): TrafficFeed {
  const feed = new TrafficFeed();
  feed.start();
  for (const each of entries) feed.observe(each);
  return feed;
}

const dial = (referenceId: string) => ({ request: 'voice.dial', referenceId, parameters: ['5003'] });
const refusal = "Request 'voice.dial' refused: the origin is not accepted. Add it.";

describe('scenario scripts: matching', () => {
  it('matches parameters and data as a deep partial, with null as any value in a list', () => {
    expect(partialMatch(['1', { A: 'x' }], ['1', { A: 'x', B: 'y' }])).to.equal(true);
    expect(partialMatch([null, 6], ['2', 6])).to.equal(true);
    expect(partialMatch(['1', { A: 'z' }], ['1', { A: 'x' }])).to.equal(false);
    expect(partialMatch({ list: [1] }, { list: 'no' })).to.equal(false);
  });

  it('finds only what the data holds itself, not what every object inherits', () => {
    expect(partialMatch({ toString: null }, {})).to.equal(false);
    expect(partialMatch({ constructor: 'x' }, { constructor: 'x' })).to.equal(true);
  });

  it('pairs a request with its answer by frame and reference id, and tells a refusal from a failure', () => {
    const feed = feedOf(
      entry('request', dial('0')),
      entry('answer', { request: 'voice.dial', referenceId: '0', data: null }, 'CallerLookup'),
      entry('error', { request: 'voice.dial', referenceId: '0', errorMessage: refusal }),
    );
    const find = (outcome: 'answered' | 'refused' | 'failed') =>
      watchFor({ request: 'voice.dial', from: 'CustomerTab', outcome, parameters: ['5003'] }, feed, 0)();
    expect(find('answered')).to.equal(undefined);
    expect(find('refused')).to.equal('CustomerTab sent voice.dial("5003"), refused.');
    expect(find('failed')).to.equal(undefined);
  });

  it('matches a request when its answer comes after it was first looked at', () => {
    const feed = feedOf(entry('request', dial('4')));
    const watch = watchFor({ request: 'voice.dial', outcome: 'answered' }, feed, 0);
    expect(watch()).to.equal(undefined);
    feed.observe(entry('request', { request: 'agent.get', referenceId: '5' }));
    expect(watch()).to.equal(undefined);
    feed.observe(entry('answer', { request: 'voice.dial', referenceId: '4', data: null }));
    expect(watch()).to.equal('CustomerTab sent voice.dial("5003"), answered.');
  });

  it('looks only at the messages after the mark, also once older ones are forgotten', () => {
    const feed = feedOf(entry('request', dial('1')), entry('answer', { referenceId: '1', data: null }));
    const mark = feed.mark;
    feed.observe(entry('request', { request: 'agent.get', referenceId: '2' }));
    expect(watchFor({ request: 'voice.dial' }, feed, mark)()).to.equal(undefined);
    feed.forgetBefore(mark);
    expect(feed.since(0).map((message) => message.seq)).to.deep.equal([mark + 1]);
    expect(explainMiss({ request: 'voice.dial' }, feed, mark)).to.equal('The requests seen: agent.get (CustomerTab).');
    feed.observe(entry('request', dial('3')));
    expect(watchFor({ request: 'voice.dial' }, feed, mark)()).to.equal('CustomerTab sent voice.dial("5003").');
  });

  it('reads each message once while it waits, however many come before the match', () => {
    const feed = feedOf();
    const watch = watchFor({ request: 'interaction.setUserData', outcome: 'answered' }, feed, 0);
    let reads = 0;
    const count = 2000;
    for (let index = 0; index < count; index++) {
      // A chatty view: requests of another name and their answers, each looked at as it arrives (as a wait does).
      feed.observe(
        entry('request', {
          get request() {
            reads++;
            return 'agent.get';
          },
          referenceId: String(index),
        }),
      );
      expect(watch()).to.equal(undefined);
      feed.observe(entry('answer', { referenceId: String(index), data: null }));
      expect(watch()).to.equal(undefined);
    }
    expect(reads).to.be.at.most(count);
    feed.observe(entry('request', { request: 'interaction.setUserData', referenceId: 'x', parameters: [] }));
    feed.observe(entry('answer', { referenceId: 'x', data: null }));
    expect(watch()).to.equal('CustomerTab sent interaction.setUserData(), answered.');
  });
});
