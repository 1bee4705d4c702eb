import { expect } from '@open-wc/testing';
import type { TrafficEntry } from '@wwe-kit/host';
import { DEFAULT_QUIET_MS, diagnose, quietPeriod, type ViewFacts } from '../src/diagnosis/diagnose.js';
import { ViewEvidenceLog } from '../src/diagnosis/evidence.js';
import { trafficEntry } from './traffic-entries.js';

const SHELL = 'http://localhost:5173';
const APPS = 'http://127.0.0.1:5174';

const entry = (fields: Partial<TrafficEntry>): TrafficEntry =>
  trafficEntry('request', {}, { size: 10, time: 1000, ...fields });

const factsOf = (log: ViewEvidenceLog, fields: Partial<ViewFacts> = {}): ViewFacts => ({
  label: 'CRM',
  section: 'Crm',
  mode: 'tab',
  url: `${APPS}/crm/?id=1`,
  origin: APPS,
  shellOrigin: SHELL,
  accepted: true,
  filters: null,
  evidence: log.of(1),
  opened: false,
  now: 1000,
  quietMs: 5000,
  ...fields,
});

describe('view diagnosis', () => {
  it('waits through the quiet period, then names the likely causes of a silent view, the pinned origin first', () => {
    const log = new ViewEvidenceLog();
    log.loaded(1, 1000);
    expect(diagnose(factsOf(log, { now: 5999 })).health).to.equal('waiting');
    const silent = diagnose(factsOf(log, { now: 6000 }));
    expect(silent.health).to.equal('silent');
    expect(silent.headline).to.equal('Loaded 5.0 s ago and has sent Workspace nothing.');
    expect(silent.causes).to.have.length(2);
    expect(silent.causes[0]).to.contain('pin another Workspace origin').and.contain(`WWE_ORIGIN=${SHELL}`);
    expect(silent.causes[1]).to.contain('no client library');
  });

  it("puts an origin the option data does not accept first, with the option's fix", () => {
    const log = new ViewEvidenceLog();
    log.loaded(1, 0);
    const { causes } = diagnose(factsOf(log, { accepted: false, now: 60_000 }));
    expect(causes[0]).to.equal(
      `The page's origin ${APPS} is not listed in service-client-api.accepted-web-content-origins, so Workspace refuses everything it asks. Add it in the interaction-workspace section, e.g. "${APPS} (agent.*, interaction.*)".`,
    );
    expect(causes).to.have.length(3);
  });

  it('quotes the last refusal of a view that spoke and was refused; a failure inside Workspace is no refusal', () => {
    const log = new ViewEvidenceLog();
    log.loaded(1, 0);
    log.traffic(entry({ time: 10 }));
    log.traffic(
      entry({ direction: 'out', kind: 'error', message: { request: 'voice.dial', errorMessage: 'No such call' } }),
    );
    expect(diagnose(factsOf(log)).health).to.equal('talking');
    const refusal = "Request 'voice.dial' refused: origin x is not listed. Add it.";
    log.traffic(entry({ direction: 'out', kind: 'error', message: { request: 'voice.dial', errorMessage: refusal } }));
    log.traffic(
      entry({
        direction: 'out',
        kind: 'error',
        message: { request: 'agent.get', errorMessage: 'Message refused: it has a cycle.' },
      }),
    );
    const refused = diagnose(factsOf(log));
    expect(refused.health).to.equal('refused');
    expect(refused.headline).to.equal('Workspace refused 2 messages of 1 from this view.');
    expect(refused.causes).to.deep.equal(['Last refusal: Message refused: it has a cycle.']);
  });

  it('keeps a message sent before the load event: a page speaks as its scripts run', () => {
    const log = new ViewEvidenceLog();
    log.traffic(entry({ time: 900 }));
    log.traffic(entry({ direction: 'out', kind: 'frame-id', time: 950 }));
    log.loaded(1, 1000);
    const { health, headline } = diagnose(factsOf(log, { now: 99_000 }));
    expect(health).to.equal('talking');
    expect(headline).to.equal('Talking to Workspace: first message as it started.');
    expect(log.of(1).announcedAt).to.equal(950);
  });

  it('starts afresh when the view reloads into a page that says nothing', () => {
    const log = new ViewEvidenceLog();
    log.loaded(1, 1000);
    log.traffic(entry({ time: 1100 }));
    // The page learned its frame id and stamps it, as the bridge and the reference client do.
    log.traffic(entry({ time: 1200, message: { request: 'agent.get', frameId: 1 } }));
    expect(diagnose(factsOf(log, { now: 9000 })).health).to.equal('talking');
    log.loaded(1, 10_000);
    expect(log.of(1)).to.deep.include({ received: 0, firstMessageAt: undefined, loadedAt: 10_000 });
    expect(diagnose(factsOf(log, { now: 15_000 })).health).to.equal('silent');
  });

  it('keeps what a reloaded page said before its load event: it had not learned its frame id', () => {
    const log = new ViewEvidenceLog();
    log.loaded(1, 1000);
    log.traffic(entry({ time: 1200, message: { request: 'agent.get', frameId: 1 } }));
    log.traffic(entry({ time: 9800, message: { request: 'agent.get' } }));
    log.traffic(entry({ time: 9900, message: { request: 'interaction.getInteractions' } }));
    log.loaded(1, 10_000);
    expect(log.of(1)).to.deep.include({ received: 2, firstMessageAt: 9800, loadedAt: 10_000 });
    expect(diagnose(factsOf(log, { now: 15_000 })).health).to.equal('talking');
  });

  it('tells a popup no one opened from a silent one', () => {
    const log = new ViewEvidenceLog();
    expect(diagnose(factsOf(log, { mode: 'popup' })).health).to.equal('not-opened');
    expect(diagnose(factsOf(log, { mode: 'tab' })).health).to.equal('loading');
  });

  it('quotes what Workspace ignored from a silent view', () => {
    const log = new ViewEvidenceLog();
    log.loaded(1, 0);
    log.ignored({
      reason: 'not-protocol',
      explanation: 'A message from the view Crm is not Service Client API traffic.',
      origin: APPS,
      frameId: 1,
      section: 'Crm',
      summary: { size: 10, preview: '{}', summarised: true },
      time: 5,
    });
    const { causes } = diagnose(factsOf(log, { now: 60_000 }));
    expect(causes.at(-1)).to.equal(
      'It posted messages Workspace does not understand: A message from the view Crm is not Service Client API traffic.',
    );
  });

  it("reads the quiet period from the shell's url", () => {
    expect(quietPeriod('?diagnose-after=1500')).to.equal(1500);
    expect(quietPeriod('')).to.equal(DEFAULT_QUIET_MS);
    expect(quietPeriod('?diagnose-after=soon')).to.equal(DEFAULT_QUIET_MS);
  });
});
