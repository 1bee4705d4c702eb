import { expect } from '@open-wc/testing';
import type { TrafficEntry } from '@wwe-kit/host';
import { TrafficLog } from '../src/traffic-log.js';
import { readTrafficFile, writeTrafficFile } from '../src/inspector/traffic-file.js';

const entry = (kind: TrafficEntry['kind'], message: unknown, extra: Partial<TrafficEntry> = {}): TrafficEntry => ({
  direction: kind === 'request' ? 'in' : 'out',
  kind,
  frameId: 4,
  section: 'CustomerTab',
  origin: 'http://127.0.0.1:5174',
  message,
  size: undefined,
  time: 86_400_000,
  elapsed: undefined,
  ...extra,
});

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
});
