/** A small Workspace backend for host tests: two interactions with user data, an agent, and a log of calls. */
import {
  BackendError,
  backendFromHandlers,
  ServiceHost,
  type EventSink,
  type HostBackend,
  type ServiceHostOptions,
} from '@wwe-kit/host';
import type { Interaction, KeyValues } from '@wwe-kit/protocol';

export interface TestBackend extends HostBackend {
  /** Every request the backend served, in order. */
  readonly calls: Array<{ name: string; parameters: unknown[]; frameId: number; requestedAs: string }>;
  readonly interactions: Map<string, Interaction>;
  /** The sink the host gave the backend. */
  events(): EventSink;
  /** A deep copy of the backend's state, to compare before and after. */
  snapshot(): string;
}

const interaction = (interactionId: string, userData: KeyValues): Interaction =>
  ({
    interactionId,
    media: 'voice',
    state: 'TALKING',
    userData,
    parties: [{ name: '5001' }],
  }) as unknown as Interaction;

/** A fresh backend: interactions "1" and "2", each with readable and unreadable keys. */
export function createTestBackend(): TestBackend {
  const calls: TestBackend['calls'] = [];
  const interactions = new Map([
    ['1', interaction('1', { Key1: 'a', Key2: 'b', Secret: 's1', IW_CaseUid: 'c1' })],
    ['2', interaction('2', { Key1: 'x', Secret: 's2' })],
  ]);
  let sink: EventSink | undefined;
  const find = (id: string) => {
    const found = interactions.get(id);
    if (!found) throw new BackendError(`Interaction '${id}' not found.`);
    return found;
  };
  const backend = backendFromHandlers(
    {
      'agent.get': () => ({ employeeId: 'E1', firstname: 'Ada', lastname: 'Agent', username: 'ada' }) as never,
      'agent.getState': () => ({ type: 'READY', displayName: 'Ready', operationName: 'Ready' }) as never,
      'interaction.getInteractions': () => [...interactions.values()],
      'interaction.getByInteractionId': ([id]) => interactions.get(id) ?? null,
      'interaction.setUserData': ([id, data]) => {
        const target = find(id);
        target.userData = { ...target.userData, ...data };
        sink?.emit('interaction', { eventType: 'ATTACHED_DATA_CHANGED', media: 'voice', interaction: target } as never);
      },
      'interaction.deleteUserData': ([id, key]) => {
        const target = find(id);
        const { [key]: _removed, ...rest } = target.userData ?? {};
        target.userData = rest;
      },
      'voice.dial': () => undefined,
      'voice.muteMicrophone': () => undefined,
      'email.create': () => undefined,
      'agent.setState': ([operation]) => {
        if (operation === 'Explode') throw new Error('backend exploded');
        if (operation === 'Slow') return new Promise<never>(() => undefined);
        sink?.emit('agent', { eventType: 'STATE_CHANGED', mediaState: operation.toUpperCase() } as never);
      },
      'auth.getJwtToken': () => ({ jwtToken: 'token', expiration: '2030-01-01T00:00:00.000Z' }),
    },
    (events) => {
      sink = events;
    },
  );
  const record = backend.handle.bind(backend);
  return {
    calls,
    interactions,
    events: () => sink!,
    snapshot: () => JSON.stringify([...interactions.entries()]),
    connect: backend.connect,
    handle(name, parameters, context) {
      calls.push({
        name,
        parameters: [...parameters],
        frameId: context.frame.frameId,
        requestedAs: context.requestedAs,
      });
      return record(name, parameters, context);
    },
  };
}

/** A host with a fake clock and a test backend; problems are collected instead of logged. */
export function createTestHost(options: ServiceHostOptions['options'], extra: Partial<ServiceHostOptions> = {}) {
  const clock = { now: 0 };
  const backend = createTestBackend();
  const problems: string[] = [];
  const host = new ServiceHost({
    options,
    backend,
    clock: () => clock.now,
    session: false,
    onProblem: (problem) => problems.push(problem),
    ...extra,
  });
  return { host, backend, clock, problems };
}
