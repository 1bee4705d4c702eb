import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { backendFromHandlers, filterUserData, ServiceHost } from '@wwe-kit/host';
import type { Interaction } from '@wwe-kit/protocol';
import { openProbe, requestMessage, type Probe } from '../../../test/helpers/probe.js';
import { createTestHost, type TestBackend } from '../../../test/helpers/test-backend.js';

/**
 * Every key of every `userData` object anywhere in `value`. The value of a
 * user-data key is data, not user data: it is not searched further.
 */
function userDataKeys(value: unknown, found: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'userData' && item && typeof item === 'object' && !Array.isArray(item))
      found.push(...Object.keys(item));
    else userDataKeys(item, found);
  }
  return found;
}

const keyName = fc.constantFrom('Key1', 'Key2', 'Key3', 'Secret', 'IW_CaseUid', 'userData', 'toString', '');
const userData = fc.dictionary(keyName, fc.oneof(fc.string(), fc.integer(), fc.dictionary(keyName, fc.string())), {
  maxKeys: 6,
});
const interaction = fc.record({
  interactionId: fc.string({ minLength: 1, maxLength: 4 }),
  userData,
  parties: fc.array(fc.record({ name: fc.string(), userData }), { maxLength: 2 }),
});
const readable = fc.uniqueArray(
  keyName.filter((key) => key !== ''),
  { maxLength: 4 },
);

describe('user data: the read allowlist', () => {
  it('property: no unreadable key survives the filter, at any depth (filterUserData)', () => {
    fc.assert(
      fc.property(fc.array(interaction, { maxLength: 4 }), readable, (interactions, keys) => {
        const allowed = new Set<string>(keys);
        const filtered = filterUserData(
          { eventType: 'ADDED', interactions, nested: [{ interaction: interactions[0] }] },
          allowed,
        );
        expect(userDataKeys(filtered).every((key) => allowed.has(key))).to.equal(true);
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });

  it('fails closed on userData it cannot filter', () => {
    expect(
      filterUserData({ interaction: { userData: [{ key: 'Secret', value: 's' }] } }, new Set(['Secret'])),
    ).to.deep.equal({ interaction: { userData: {} } });
  });

  it('keeps readable keys and leaves the original untouched', () => {
    const original = { interactionId: '1', userData: { Key1: 'a', Secret: 's' } };
    expect(filterUserData(original, new Set(['Key1']))).to.deep.equal({ interactionId: '1', userData: { Key1: 'a' } });
    expect(original.userData).to.deep.equal({ Key1: 'a', Secret: 's' });
  });

  it('keeps the readable keys in the order of the user data, a `__proto__` key as a plain field', () => {
    const original = JSON.parse('{"userData":{"Secret":"s","Key2":"b","__proto__":{"x":1},"Key1":"a"}}') as {
      userData: Record<string, unknown>;
    };
    const filtered = filterUserData(original, new Set(['Key1', 'Key2', '__proto__']));
    expect(Object.keys(filtered.userData)).to.deep.equal(['Key2', '__proto__', 'Key1']);
    expect(Object.getPrototypeOf(filtered.userData)).to.equal(Object.prototype);
    expect(filterUserData(original, new Set<string>()).userData).to.deep.equal({});
  });

  it('never lets a cycle lead back to the unfiltered user data', () => {
    const interaction: Record<string, unknown> = { interactionId: '1', userData: { Key1: 'a', Secret: 's' } };
    interaction['self'] = interaction;
    const list: unknown[] = [interaction];
    list.push(list);
    interaction['list'] = list;
    const filtered = filterUserData(interaction, new Set(['Key1'])) as Record<string, unknown>;
    expect(filtered['userData']).to.deep.equal({ Key1: 'a' });
    expect(filtered['self'], 'the cycle points to the copy').to.equal(filtered);
    const filteredList = filtered['list'] as unknown[];
    expect(filteredList[0]).to.equal(filtered);
    expect(filteredList[1]).to.equal(filteredList);
    expect(interaction['userData'], 'the original is untouched').to.deep.equal({ Key1: 'a', Secret: 's' });
  });

  it('shares what holds no user data, and copies a shared object once', () => {
    const contact = { name: 'Ann' };
    const interaction = { contact, other: contact, userData: { Key1: 'a', Secret: 's' } };
    const filtered = filterUserData({ interactions: [interaction, interaction] }, new Set(['Key1']));
    expect(filtered.interactions[0]).to.equal(filtered.interactions[1]);
    expect(filtered.interactions[0]!.contact).to.equal(contact);
  });

  describe('through the host', () => {
    let host: ServiceHost;
    let backend: TestBackend;
    let probe: Probe;
    const start = async (userDataOptions: Record<string, string>) => {
      ({ host, backend } = createTestHost({
        'service-client-api.accepted-web-content-origins': '*',
        ...userDataOptions,
      }));
      probe = await openProbe(host);
    };
    afterEach(() => {
      probe.remove();
      host.dispose();
    });

    it('filters getInteractions, getByInteractionId and events', async () => {
      await start({
        'service-client-api.user-data.read-allowed': 'Key1,Key2',
        'service-client-api.user-data.write-allowed': 'Key1,Key3',
      });
      const all = (await probe.call('interaction.getInteractions')).data as Interaction[];
      expect(all.map((item) => item.userData)).to.deep.equal([{ Key1: 'a', Key2: 'b' }, { Key1: 'x' }]);
      expect(((await probe.call('interaction.getByInteractionId', ['1'])).data as Interaction).userData).to.deep.equal({
        Key1: 'a',
        Key2: 'b',
      });
      await probe.listen(['interaction']);
      await probe.call('interaction.setUserData', ['2', { Key3: 'written' }]);
      // The backend raises the event while it serves the write, so it is sent before the answer.
      const [event, ...more] = await probe.events(1);
      expect(more).to.deep.equal([]);
      expect(event!.data).to.deep.include({ eventType: 'ATTACHED_DATA_CHANGED' });
      expect((event!.data['interaction'] as Interaction).userData).to.deep.equal({ Key1: 'x' });
      expect(backend.interactions.get('2')!.userData).to.deep.equal({ Key1: 'x', Secret: 's2', Key3: 'written' });
    });

    it('hands the backend the read allowlist in a set of its own: a backend that changes it widens nothing', async () => {
      const secret = { interactionId: '1', userData: { Key1: 'a', Secret: 's' } };
      let handed: ReadonlySet<string> | undefined;
      host = new ServiceHost({
        options: {
          'service-client-api.accepted-web-content-origins': '*',
          'service-client-api.user-data.read-allowed': 'Key1',
        },
        backend: backendFromHandlers({
          'interaction.getInteractions': (_, context) => {
            handed = context.userDataReadable;
            (handed as Set<string>).add('Secret');
            return [secret as unknown as Interaction];
          },
        }),
        session: false,
      });
      probe = await openProbe(host);
      for (let call = 0; call < 2; call++) {
        const [answered] = (await probe.call('interaction.getInteractions')).data as Interaction[];
        expect(answered!.userData, `call ${call + 1}`).to.deep.equal({ Key1: 'a' });
      }
      expect([...handed!].sort()).to.deep.equal(['Key1', 'Secret']);
    });

    it('a missing or empty read list makes no key readable', async () => {
      await start({});
      expect(((await probe.call('interaction.getByInteractionId', ['1'])).data as Interaction).userData).to.deep.equal(
        {},
      );
      host.setOptions({
        'service-client-api.accepted-web-content-origins': '*',
        'service-client-api.user-data.read-allowed': ' , ',
      });
      expect(((await probe.call('interaction.getByInteractionId', ['1'])).data as Interaction).userData).to.deep.equal(
        {},
      );
    });

    it('refuses a write that touches one key outside the list whole, naming the key', async () => {
      await start({ 'service-client-api.user-data.write-allowed': 'Key1,Key3' });
      const before = backend.snapshot();
      const result = await probe.call('interaction.setUserData', ['1', { Key1: 'new', Secret: 'stolen', Other: 1 }]);
      expect(result.error?.errorMessage).to.equal(
        `Request 'interaction.setUserData' refused: the keys 'Secret', 'Other' are not in service-client-api.user-data.write-allowed; nothing was written. Add them to service-client-api.user-data.write-allowed, e.g. "Key1,Key3,Secret,Other".`,
      );
      const deleted = await probe.call('interaction.deleteUserData', ['1', 'Secret']);
      expect(deleted.error?.errorMessage).to.contain(
        "the key 'Secret' is not in service-client-api.user-data.write-allowed",
      );
      expect(backend.snapshot()).to.equal(before);
      expect(backend.calls).to.deep.equal([]);
      expect((await probe.call('interaction.deleteUserData', ['1', 'Key1'])).error).to.equal(undefined);
      expect(backend.interactions.get('1')!.userData).to.not.have.property('Key1');
    });

    it('a missing write list makes no key writable', async () => {
      await start({ 'service-client-api.user-data.read-allowed': 'Key1' });
      const result = await probe.call('interaction.setUserData', ['1', { Key1: 'v' }]);
      expect(result.error?.errorMessage).to.contain(
        'service-client-api.user-data.write-allowed is empty, so no user-data key may be written',
      );
      expect(backend.calls).to.deep.equal([]);
    });

    it('property: no unreadable key appears in any answer or event the frame receives', async () => {
      await start({});
      await probe.listen(['interaction']);
      await fc.assert(
        fc.asyncProperty(
          fc.array(interaction, { minLength: 1, maxLength: 3 }),
          readable,
          async (interactions, keys) => {
            host.setOptions({
              'service-client-api.accepted-web-content-origins': '*',
              'service-client-api.user-data.read-allowed': keys.join(','),
            });
            backend.interactions.clear();
            for (const item of interactions)
              backend.interactions.set(item.interactionId, item as unknown as Interaction);
            await probe.control('reset');
            const first = interactions[0]!;
            backend.events().emit('interaction', {
              eventType: 'ADDED',
              media: 'voice',
              interaction: first as unknown as Interaction,
            });
            // The event is sent before both answers, and each answer is awaited: all three are here.
            expect(await probe.ask(requestMessage('interaction.getInteractions'))).to.have.property('data');
            expect(
              await probe.ask(requestMessage('interaction.getByInteractionId', [first.interactionId])),
            ).to.have.property('data');
            const received = await probe.received();
            expect(received.filter((message) => message['event'] === 'interaction')).to.have.length(1);
            const allowed = new Set<string>(keys);
            const leaked = userDataKeys(received).filter((key) => !allowed.has(key));
            expect(leaked, `leaked keys with read-allowed=${keys.join(',')}`).to.deep.equal([]);
            expect(userDataKeys(received).length).to.be.at.most(userDataKeys([first, interactions, first]).length);
          },
        ),
        { seed: 20261122, numRuns: 25 },
      );
    });
  });
});
