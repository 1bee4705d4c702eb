// The event policy as a table (origin filter, mode, event → delivered or not), and the fan-out that
// applies it: one payload copy and one envelope per event, posted to each frame the policy admits.
import { expect } from '@open-wc/testing';
import {
  AccessPolicy,
  backendFromHandlers,
  EventPolicy,
  ServiceHost,
  type FrameMode,
  type FrameWindow,
} from '@wwe-kit/host';
import { CLIENT_USER_AGENT, PROTOCOL_VERSION, type EventName } from '@wwe-kit/protocol';

const CRM = 'https://crm.example.com';
const OTHER = 'https://other.example.com';

/** accepted-web-content-origins, the frame's origin (undefined: it has not spoken yet), its mode, the event, delivered. */
type Row = readonly [filter: string, origin: string | undefined, mode: FrameMode, event: EventName, delivered: boolean];

const table: readonly Row[] = [
  // An origin with no filter may call every request but the explicit-only ones: it sees every event.
  [CRM, CRM, 'tab', 'agent', true],
  [CRM, CRM, 'popup', 'interaction', true],
  [CRM, CRM, 'background', 'markdone', true],
  [CRM, CRM, 'hidden', 'messenger:crm', true],
  [CRM, CRM, 'dialog', 'outbound', true],
  [CRM, CRM, 'tab', 'system', true],
  // A filter gives the events of the namespaces it may call a request of.
  [`${CRM} (agent.*)`, CRM, 'tab', 'agent', true],
  [`${CRM} (agent.*)`, CRM, 'tab', 'interaction', false],
  [`${CRM} (agent.*)`, CRM, 'tab', 'media', false],
  [`${CRM} (agent.getState)`, CRM, 'tab', 'agent', true],
  // getAllowedServices is answered to every accepted origin, but gives no right to system events.
  [`${CRM} (agent.*)`, CRM, 'tab', 'system', false],
  [`${CRM} (system.getAllowedServices)`, CRM, 'tab', 'system', true],
  // markdone needs interaction rights; messenger:<channel>, messenger rights.
  [`${CRM} (interaction.getInteractions)`, CRM, 'popup', 'markdone', true],
  [`${CRM} (agent.*)`, CRM, 'popup', 'markdone', false],
  [`${CRM} (messenger.*)`, CRM, 'background', 'messenger:crm', true],
  [`${CRM} (messenger.*)`, CRM, 'background', 'agent', false],
  [`${CRM} (agent.*)`, CRM, 'background', 'messenger:crm', false],
  // Voice and auth rights give no event: there is no voice or auth event.
  [`${CRM} (voice.dial)`, CRM, 'tab', 'interaction', false],
  [`${CRM} (sipEndpoint.muteMicrophone)`, CRM, 'tab', 'media', false],
  [`${CRM} (auth.getJwtToken)`, CRM, 'tab', 'agent', false],
  // The workspace-tab rule: such a view may call voice.dial only, so it receives no event at all.
  [CRM, CRM, 'workspace-tab', 'agent', false],
  [CRM, CRM, 'workspace-tab', 'interaction', false],
  [CRM, CRM, 'workspace-tab', 'system', false],
  [CRM, CRM, 'workspace-tab', 'messenger:crm', false],
  // The origin must be listed; its own entries win over '*'; an opaque origin is never accepted.
  [OTHER, CRM, 'tab', 'agent', false],
  ['*', CRM, 'tab', 'agent', true],
  [`*, ${CRM} (agent.*)`, CRM, 'tab', 'interaction', false],
  [`*, ${CRM} (agent.*)`, OTHER, 'tab', 'interaction', true],
  ['*', 'null', 'tab', 'agent', false],
  [`${CRM} (outbound.*)`, CRM, 'dialog', 'outbound', true],
  // A frame that has not spoken has no known origin: nothing is posted to it.
  ['*', undefined, 'tab', 'agent', false],
];

describe('host policy: which frames may receive an event', () => {
  for (const [filter, origin, mode, event, delivered] of table) {
    it(`"${filter}": a ${mode} view from ${origin ?? 'an origin not known yet'} ${delivered ? 'receives' : 'does not receive'} '${event}'`, () => {
      const policy = new EventPolicy(new AccessPolicy(filter), new Set());
      expect(policy.mayReceive({ origin, mode }, event)).to.equal(delivered);
    });
  }

  it('cuts user data to the read allowlist in a copy, shares what holds none, and passes messenger messages as sent', () => {
    const policy = new EventPolicy(new AccessPolicy(CRM), new Set(['Key1']));
    const parties = [{ name: '5001' }];
    const data = {
      eventType: 'ADDED',
      interaction: { interactionId: '1', userData: { Key1: 'a', Secret: 's' }, parties },
    };
    const seen = policy.payload('interaction', data as never) as unknown as typeof data;
    expect(seen.interaction.userData).to.deep.equal({ Key1: 'a' });
    expect(seen.interaction.parties, 'an object without user data is shared, not copied').to.equal(parties);
    expect(data.interaction.userData, 'the emitted data is left as it was').to.deep.equal({ Key1: 'a', Secret: 's' });
    const message = { userData: { Secret: 's' } };
    expect(policy.payload('messenger:crm', message as never)).to.equal(message);
  });
});

/** A stand-in frame window that keeps what the host posts to it. */
class RecordingWindow implements FrameWindow {
  readonly posted: Array<{ message: Record<string, unknown>; targetOrigin: string }> = [];
  postMessage(message: unknown, targetOrigin: string): void {
    this.posted.push({ message: message as Record<string, unknown>, targetOrigin });
  }
  events(): Array<Record<string, unknown>> {
    return this.posted.map(({ message }) => message).filter((message) => 'event' in message);
  }
}

describe('host fan-out: one copy and one envelope per event', () => {
  let host: ServiceHost;
  let problems: string[];
  beforeEach(() => {
    problems = [];
    host = new ServiceHost({
      backend: backendFromHandlers({}),
      options: {
        'service-client-api.accepted-web-content-origins': `${CRM}, ${OTHER} (agent.*)`,
        'service-client-api.user-data.read-allowed': 'Key1',
      },
      session: false,
      onProblem: (problem) => problems.push(problem),
    });
  });
  afterEach(() => host.dispose());

  /** A registered view of `origin` in `mode` that has spoken (so its origin is known) and subscribed to `names`. */
  const subscribed = (origin: string, mode: FrameMode, names: string[]) => {
    const window = new RecordingWindow();
    const frame = host.registerFrame({ window, section: `${origin} ${mode}`, mode });
    const message = {
      event: 'subscribe',
      data: names,
      referenceId: '1',
      userAgent: CLIENT_USER_AGENT,
      protocolVersion: PROTOCOL_VERSION,
    };
    host.receive({ data: message, origin, source: window as unknown as Window });
    expect(window.posted.at(-1)?.message).to.have.property('subscriptionId');
    window.posted.length = 0;
    return { window, frame };
  };

  it('posts one envelope, with one filtered copy of the payload, to every frame the policy admits', () => {
    const crmTab = subscribed(CRM, 'tab', ['interaction', 'agent']);
    const crmPopup = subscribed(CRM, 'popup', ['interaction']);
    const agentOnly = subscribed(OTHER, 'tab', ['interaction', 'agent']);
    const workspaceTab = subscribed(CRM, 'workspace-tab', ['interaction']);
    const notSubscribed = subscribed(CRM, 'background', ['agent']);
    const parties = [{ name: '5001' }];
    const data = {
      eventType: 'ADDED',
      interaction: { interactionId: '1', userData: { Key1: 'a', Secret: 's' }, parties },
    };
    host.emit('interaction', data as never);

    const [envelope] = crmTab.window.events();
    expect(envelope).to.deep.equal({
      event: 'interaction',
      data: { eventType: 'ADDED', interaction: { interactionId: '1', userData: { Key1: 'a' }, parties } },
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    expect(crmTab.window.posted[0]?.targetOrigin).to.equal(CRM);
    expect(crmPopup.window.events(), 'the same envelope for every frame').to.have.length(1);
    expect(crmPopup.window.events()[0]).to.equal(envelope);
    expect((envelope!['data'] as typeof data).interaction.parties, 'no copy beyond the user data').to.equal(parties);
    expect(agentOnly.window.events(), 'an agent.* filter gives no interaction events').to.deep.equal([]);
    expect(workspaceTab.window.events(), 'a workspace-level tab gets no events').to.deep.equal([]);
    expect(notSubscribed.window.events(), 'nor does a frame not subscribed to the name').to.deep.equal([]);
  });

  it('walks the payload once per event however many frames receive it, and not at all when none may', () => {
    let walks = 0;
    const counted = <T extends object>(value: T): T =>
      new Proxy(value, {
        ownKeys: (target) => {
          walks++;
          return Reflect.ownKeys(target);
        },
      });
    subscribed(OTHER, 'tab', ['interaction']);
    host.emit('interaction', counted({ eventType: 'ADDED' }) as never);
    expect(walks, 'no admitted frame: no copy').to.equal(0);
    subscribed(CRM, 'tab', ['interaction']);
    subscribed(CRM, 'popup', ['interaction']);
    host.emit('interaction', counted({ eventType: 'ADDED' }) as never);
    expect(walks).to.equal(1);
    expect(problems).to.deep.equal([]);
  });

  it('sends to the one frame an emit names, or to all but the one it excepts', () => {
    const first = subscribed(CRM, 'tab', ['agent']);
    const second = subscribed(CRM, 'popup', ['agent']);
    host.emit('agent', { eventType: 'STATE_CHANGED' } as never, { frameId: second.frame.frameId });
    expect([first.window.events().length, second.window.events().length]).to.deep.equal([0, 1]);
    host.emit('agent', { eventType: 'STATE_CHANGED' } as never, { exceptFrameId: second.frame.frameId });
    expect([first.window.events().length, second.window.events().length]).to.deep.equal([1, 1]);
  });

  it('reports a payload it cannot read, and sends it to no one', () => {
    const frame = subscribed(CRM, 'tab', ['agent']);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('unreadable');
        },
      },
    );
    host.emit('agent', hostile as never);
    expect(frame.window.events()).to.deep.equal([]);
    expect(problems).to.deep.equal(["Event 'agent' not sent: unreadable"]);
  });
});
