// The subscribe policy as tables: what a subscribe may name, and who may subscribe.
import { expect } from '@open-wc/testing';
import {
  AccessPolicy,
  SUBSCRIPTION_LIMITS,
  subscribeNamesRefusal,
  subscribeRefusal,
  type FrameMode,
} from '@wwe-kit/host';

const CRM = 'https://crm.example.com';
const ACCEPTED = 'service-client-api.accepted-web-content-origins';

describe('host policy: what a subscribe may name', () => {
  const table: ReadonlyArray<readonly [names: unknown[], refusal: string | undefined]> = [
    [['agent'], undefined],
    [['agent', 'media', 'interaction', 'system', 'outbound', 'markdone'], undefined],
    [['messenger:my-channel'], undefined],
    [['agent', 'agent'], undefined],
    [
      [],
      'Subscribe refused: no event name given. Subscribe to agent, media, interaction, system, outbound, markdone or messenger:<channel>.',
    ],
    [
      ['agent', 'voice'],
      'Subscribe refused: "voice" is not an event name. Subscribe to agent, media, interaction, system, outbound, markdone or messenger:<channel>.',
    ],
    [
      ['messenger:', 7, undefined],
      'Subscribe refused: "messenger:", 7, undefined are not event names. Subscribe to agent, media, interaction, system, outbound, markdone or messenger:<channel>.',
    ],
  ];
  for (const [names, refusal] of table) {
    it(`${JSON.stringify(names)}: ${refusal === undefined ? 'may be named' : 'is refused'}`, () => {
      expect(subscribeNamesRefusal(names)).to.equal(refusal);
    });
  }
});

describe('host policy: who may subscribe', () => {
  const notListed = (origin: string) =>
    `Request 'subscribe' refused: origin ${origin} is not listed in ${ACCEPTED}. Add "${origin}" to that option in the interaction-workspace section.`;
  const names = (count: number) => Array.from({ length: count }, (_, index) => `messenger:${index}`);
  const tooManyNames = (count: number) =>
    `Subscribe refused: ${count} event names, more than the ${SUBSCRIPTION_LIMITS.namesPerSubscription} one subscription may carry. Subscribe to the names the page listens to.`;
  const tooManySubscriptions = `Subscribe refused: this frame already holds ${SUBSCRIPTION_LIMITS.perFrame} subscriptions, the most a frame may keep. Unsubscribe the ones it no longer needs; one subscription can carry every event name.`;

  /** accepted origins, the frame's origin and mode, the subscriptions it holds, the names it asks → the refusal. */
  const table: ReadonlyArray<
    readonly [
      filter: string,
      origin: string,
      mode: FrameMode,
      held: number,
      names: string[],
      refusal: string | undefined,
    ]
  > = [
    [CRM, CRM, 'tab', 0, ['agent'], undefined],
    // A filter does not limit what a page may subscribe to: it limits what the event policy delivers.
    [`${CRM} (voice.dial)`, CRM, 'tab', 0, ['agent', 'interaction'], undefined],
    [CRM, CRM, 'workspace-tab', 0, ['interaction'], undefined],
    ['*', 'https://any.example.com', 'popup', 0, ['agent'], undefined],
    ['https://other.example.com', CRM, 'tab', 0, ['agent'], notListed(CRM)],
    ['', CRM, 'tab', 0, ['agent'], notListed(CRM)],
    ['*', 'null', 'tab', 0, ['agent'], notListed('null')],
    // The origin is checked first: an unlisted origin is told so, whatever else is wrong.
    ['', CRM, 'tab', SUBSCRIPTION_LIMITS.perFrame, names(65), notListed(CRM)],
    [CRM, CRM, 'tab', 0, names(SUBSCRIPTION_LIMITS.namesPerSubscription), undefined],
    [CRM, CRM, 'tab', 0, names(SUBSCRIPTION_LIMITS.namesPerSubscription + 1), tooManyNames(65)],
    [CRM, CRM, 'tab', SUBSCRIPTION_LIMITS.perFrame - 1, ['agent'], undefined],
    [CRM, CRM, 'tab', SUBSCRIPTION_LIMITS.perFrame, ['agent'], tooManySubscriptions],
  ];
  for (const [filter, origin, mode, held, asked, refusal] of table) {
    it(`"${filter}": a ${mode} view from ${origin} holding ${held} subscriptions, asking ${asked.length} names: ${refusal === undefined ? 'subscribes' : 'is refused'}`, () => {
      const grant = new AccessPolicy(filter).grant(origin, mode);
      expect(subscribeRefusal(grant, { subscriptions: { size: held } }, asked)).to.equal(refusal);
    });
  }
});
