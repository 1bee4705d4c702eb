import { expect } from '@open-wc/testing';
import type { TrafficEntry } from '@wwe-kit/host';
import { TRAFFIC_ENTRY_MAX, TRAFFIC_MAX_WEIGHT, TrafficLog } from '../src/traffic-log.js';
import {
  fileSizeProblem,
  readTrafficFile,
  TRAFFIC_FILE_MAX_BYTES,
  TRAFFIC_FILE_TEXT_MAX,
  writeTrafficFile,
} from '../src/inspector/traffic-file.js';
import { actionsFor } from '../src/inspector/actions.js';
import { InspectorState } from '../src/inspector/state.js';
import { createTestHost } from '../../../test/helpers/test-backend.js';
import { trafficEntry } from './traffic-entries.js';

const entry = (kind: TrafficEntry['kind'], message: unknown, extra: Partial<TrafficEntry> = {}) =>
  trafficEntry(kind, message, { frameId: 4, time: 86_400_000, ...extra });

function recorded(): TrafficLog {
  const log = new TrafficLog(() => 'Customer');
  log.add(entry('request', { request: 'voice.dial', referenceId: '0', parameters: ['5001'] }));
  log.add(entry('answer', { request: 'voice.dial', referenceId: '0', data: null }, { elapsed: 2.5, time: 86_400_003 }));
  return log;
}

describe('traffic files', () => {
  it('writes a HAR-like file with ISO times, labels and frames', () => {
    const file = JSON.parse(writeTrafficFile(recorded().entries)) as {
      log: { version: string; creator: { name: string }; entries: Array<Record<string, unknown>> };
    };
    expect(file.log.version).to.equal('1.2');
    expect(file.log.creator.name).to.equal('wwe-kit');
    expect(file.log.entries[0]).to.include({
      kind: 'request',
      direction: 'in',
      section: 'CustomerTab',
      label: 'Customer',
      frameId: 4,
      name: 'voice.dial',
      time: '1970-01-02T00:00:00.000Z',
      elapsed: null,
    });
  });

  it('reads back what it wrote, paired again, and writes it the same way (round trip)', () => {
    const text = writeTrafficFile(recorded().entries);
    const read = readTrafficFile(text);
    if (!('log' in read)) throw new Error(read.problem);
    expect(read.log.size).to.equal(2);
    const [request, answer] = read.log.entries;
    expect(read.log.partnerOf(request!)).to.equal(answer);
    expect(request!.label).to.equal('Customer');
    expect(writeTrafficFile(read.log.entries)).to.equal(text);
  });

  it('says what is wrong with a file that is not one, and where', () => {
    expect(readTrafficFile('{ nope'))
      .to.have.property('problem')
      .that.match(/^The file is not JSON/);
    expect(readTrafficFile('[]'))
      .to.have.property('problem')
      .that.match(/not a traffic file/);
    const file = JSON.parse(writeTrafficFile(recorded().entries)) as {
      log: { entries: Array<Record<string, unknown>> };
    };
    file.log.entries[1]!['kind'] = 'shout';
    expect(readTrafficFile(JSON.stringify(file)))
      .to.have.property('problem')
      .that.match(/^Entry 2 of 2 has kind "shout", not one of request, /);
    file.log.entries[1]!['kind'] = 'answer';
    file.log.entries[0]!['time'] = 'yesterday';
    expect(readTrafficFile(JSON.stringify(file)))
      .to.have.property('problem')
      .that.match(/^Entry 1 of 2 has a "time"/);
  });

  /** A file of one request per message, as Export writes it. */
  const fileOf = (messages: unknown[], fields: Record<string, unknown> = {}) => {
    const log = new TrafficLog(() => 'Customer');
    for (const [index, message] of messages.entries())
      log.add(entry('request', { request: 'agent.get', referenceId: String(index), ...(message as object) }));
    const file = JSON.parse(writeTrafficFile(log.entries)) as { log: { entries: Array<Record<string, unknown>> } };
    for (const written of file.log.entries) Object.assign(written, fields);
    return file;
  };

  it('keeps an imported message over the entry bound as its summary, as the live log does', () => {
    const file = fileOf([{}]);
    file.log.entries[0]!['message'] = { request: 'agent.get', parameters: ['x'.repeat(TRAFFIC_ENTRY_MAX * 2)] };
    const read = readTrafficFile(JSON.stringify(file));
    if (!('log' in read)) throw new Error(read.problem);
    const [kept] = read.log.entries;
    expect(kept!.message).to.include({ request: 'agent.get', summarised: true });
    expect(kept!.weight).to.be.lessThan(1024);
    expect(read.log.weight).to.be.lessThan(1024);
  });

  it('does not take a marked "summary" that carries a payload at its word', () => {
    const file = fileOf([{}]);
    file.log.entries[0]!['message'] = {
      summarised: true,
      size: 1,
      preview: '',
      payload: 'x'.repeat(TRAFFIC_ENTRY_MAX),
    };
    const read = readTrafficFile(JSON.stringify(file));
    if (!('log' in read)) throw new Error(read.problem);
    const [kept] = read.log.entries;
    expect(kept!.message).to.not.have.property('payload');
    expect(kept!.message).to.include({ summarised: true });
    expect((kept!.message as { size: number }).size).to.be.greaterThan(TRAFFIC_ENTRY_MAX);
  });

  it("holds an import to the live log's weight bound, leaving the oldest messages out", () => {
    const count = Math.ceil((TRAFFIC_MAX_WEIGHT * 1.5) / (TRAFFIC_ENTRY_MAX / 2));
    // Written entry by entry: a live log would have left the oldest out already.
    const file = fileOf([{}]);
    const [written] = file.log.entries;
    const parameters = ['p'.repeat(TRAFFIC_ENTRY_MAX / 2)];
    file.log.entries = Array.from({ length: count }, (_, index) => ({
      ...written,
      message: { request: 'agent.get', referenceId: String(index), parameters },
    }));
    const read = readTrafficFile(JSON.stringify(file));
    if (!('log' in read)) throw new Error(read.problem);
    expect(read.total).to.equal(count);
    expect(read.log.weight).to.be.at.most(TRAFFIC_MAX_WEIGHT);
    expect(read.log.size).to.be.lessThan(count);
    expect(read.log.entries.at(-1)!.referenceId).to.equal(String(count - 1));
  });

  it('cuts a label, section, origin or name over the limit, and counts what it cut', () => {
    const long = 'L'.repeat(TRAFFIC_FILE_TEXT_MAX * 5);
    const read = readTrafficFile(JSON.stringify(fileOf([{}, {}], { label: long, name: long })));
    if (!('log' in read)) throw new Error(read.problem);
    expect(read.cut).to.equal(4);
    const [first] = read.log.entries;
    expect(first!.label).to.have.length(TRAFFIC_FILE_TEXT_MAX);
    expect(first!.label.endsWith('…')).to.equal(true);
    expect(first!.name).to.have.length(TRAFFIC_FILE_TEXT_MAX);
    expect(first!.section).to.equal('CustomerTab');
  });

  it('refuses a file over the size limit before reading its text, and says the limit', () => {
    expect(fileSizeProblem(TRAFFIC_FILE_MAX_BYTES)).to.equal(undefined);
    const { host } = createTestHost({});
    try {
      const shell = { traffic: new TrafficLog(), inspector: new InspectorState(), host, views: { views: [] } };
      let read = false;
      class Watched extends File {
        override text(): Promise<string> {
          read = true;
          return super.text();
        }
      }
      const huge = new Watched([new Uint8Array(TRAFFIC_FILE_MAX_BYTES + 1)], 'huge.json');
      actionsFor(shell, false, () => {}).importFile(huge);
      expect(read).to.equal(false);
      expect(shell.inspector.notice).to.deep.equal({
        text: 'huge.json was not imported: it is 32.1 MB, over the 32 MB a traffic file may be. Filter the traffic to what matters before Export, and import that file.',
        error: true,
      });
      expect(shell.inspector.recording).to.equal(undefined);
    } finally {
      host.dispose();
    }
  });
});
