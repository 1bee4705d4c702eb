import type { Agent, AgentStateChangedEvent, Media, State, StateType } from '@wwe-kit/protocol';
import type { BackendHandlers } from '@wwe-kit/host';
import { optionList } from '@wwe-kit/host';
import { errors } from '../errors.js';
import type { Runtime } from '../runtime.js';
import {
  DEFAULT_CHANNEL_ACTIONS,
  DEFAULT_GLOBAL_ACTIONS,
  defaultActionCodes,
  publicState,
  stateList,
  type ActionCode,
  type ListedState,
} from './state-list.js';

/**
 * The operation name of PARTIAL_READY. The state sums up channels in different states; no action of
 * `agent-status.enabled-actions-*` names it, so `agent.setState` refuses it (README).
 */
export const PARTIAL_READY_OPERATION = 'PartialReady';

/** The channels of the simulated agent, with the voice device. */
export interface AgentSetup {
  readonly agent?: Partial<Agent>;
  readonly media?: readonly string[];
  readonly phoneNumber?: string;
  readonly dynamicPhoneNumber?: string;
  readonly actionCodes?: readonly ActionCode[];
}

/**
 * The agent and its media: the state list from `agent-status.enabled-actions-global`
 * / `-by-channel` (reasons from `agent-status.not-ready-reasons`), `agent.setState`
 * on every channel, `media.setState` on one, and STATE_CHANGED events shaped as the samples.
 */
export class AgentModel {
  readonly agent: Agent;
  readonly #runtime: Runtime;
  readonly #codes: readonly ActionCode[];
  readonly #mediaStates = new Map<string, ListedState>();
  readonly #device: { number: string; dynamicPhoneNumber?: string };

  constructor(runtime: Runtime, setup: AgentSetup = {}) {
    this.#runtime = runtime;
    this.agent = {
      employeeId: 'E1001',
      firstname: 'Ada',
      lastname: 'Lovelace',
      username: 'ada.lovelace',
      ...setup.agent,
    };
    this.#codes = setup.actionCodes ?? defaultActionCodes;
    this.#device = {
      number: setup.phoneNumber ?? '5001',
      ...(setup.dynamicPhoneNumber ? { dynamicPhoneNumber: setup.dynamicPhoneNumber } : {}),
    };
    const notReady = this.globalStates().find((entry) => entry.type === 'NOT_READY') ?? {
      type: 'NOT_READY',
      displayName: 'Not Ready',
      operationName: 'NotReady',
    };
    for (const name of setup.media ?? ['voice', 'chat', 'email', 'workitem']) this.#mediaStates.set(name, notReady);
  }

  /** The action codes the options enable (all of them when `agent-status.not-ready-reasons` is not set). */
  #reasons(): readonly ActionCode[] {
    const names = optionList(this.#runtime.option('agent-status.not-ready-reasons'));
    return names.length ? this.#codes.filter((code) => names.includes(code.name)) : this.#codes;
  }

  globalStates(): ListedState[] {
    return stateList(
      this.#runtime.option('agent-status.enabled-actions-global') ?? DEFAULT_GLOBAL_ACTIONS,
      this.#reasons(),
    );
  }

  channelStates(): ListedState[] {
    return stateList(
      this.#runtime.option('agent-status.enabled-actions-by-channel') ?? DEFAULT_CHANNEL_ACTIONS,
      this.#reasons(),
    );
  }

  /** The agent's state over all channels: theirs when they agree; PARTIAL_READY when only some are ready. */
  state(): State {
    const states = [...this.#mediaStates.values()];
    const first = states[0]!;
    if (states.every((entry) => entry.operationName === first.operationName)) return publicState(first);
    if (states.some((entry) => entry.type === 'READY'))
      return { type: 'PARTIAL_READY', displayName: 'Partially Ready', operationName: PARTIAL_READY_OPERATION };
    return publicState(states.find((entry) => entry.type !== 'LOGOUT') ?? first);
  }

  mediaList(): Media[] {
    return [...this.#mediaStates.keys()].map((name) => this.media(name)!);
  }

  media(name: string): Media | undefined {
    const state = this.#mediaStates.get(name);
    if (!state) return undefined;
    return { name, state: publicState(state), device: name === 'voice' ? { ...this.#device } : { number: '' } };
  }

  /** `agent.setState(operationName)`: every channel takes the state. */
  setState(operationName: string): void {
    if (operationName === PARTIAL_READY_OPERATION) this.#runtime.fail(errors.partialReady(operationName));
    const target = this.#find(this.globalStates(), operationName, 'agent.setState', 'agent.getStateList()');
    for (const name of this.#mediaStates.keys()) this.#mediaStates.set(name, target);
    this.#runtime.emit('agent', changed(target));
  }

  /** `media.setState(name, operationName)`: one channel takes the state; the agent's may change with it. */
  setMediaState(mediaName: string, operationName: string): void {
    if (!this.#mediaStates.has(mediaName)) {
      this.#runtime.fail(errors.mediaNotFound(mediaName, [...this.#mediaStates.keys()]));
    }
    const before = this.state();
    const target = this.#find(
      this.channelStates(),
      operationName,
      'media.setState',
      'the channel states (agent-status.enabled-actions-by-channel)',
    );
    this.#mediaStates.set(mediaName, target);
    this.#runtime.emit('media', { ...changed(target), media: mediaName });
    const after = this.state();
    if (after.operationName !== before.operationName) this.#runtime.emit('agent', changed({ ...after }));
  }

  /**
   * A state Workspace sets on its own: LOGOUT after inactivity, or a state limited to events
   * (OUT_OF_SERVICE, LOGOUT_DND: starred in 002:1404-1408). The operationName is "the operation
   * name to use with agent.setState" (002:1406): a state the lists have keeps theirs (LOGOUT:
   * `LogOff`, also when the options leave LogOff out); event-only states have none, and show their type.
   */
  forceState(type: StateType, displayName: string): void {
    const listed = [...this.globalStates(), ...this.channelStates()].find(
      (entry) => entry.type === type && !entry.reason,
    );
    const operationName = listed?.operationName ?? (type === 'LOGOUT' ? 'LogOff' : type);
    const forced: ListedState = { type, displayName, operationName };
    for (const name of this.#mediaStates.keys()) this.#mediaStates.set(name, forced);
    this.#runtime.emit('agent', changed(forced));
  }

  #find(list: ListedState[], operationName: string, request: string, source: string): ListedState {
    const found = list.find((entry) => entry.operationName === operationName);
    if (found) return found;
    return this.#runtime.fail(
      errors.notAnOperationName(
        request,
        operationName,
        source,
        list.map((entry) => entry.operationName),
      ),
    );
  }

  handlers() {
    return {
      'agent.get': () => ({ ...this.agent }),
      'agent.getState': () => this.state(),
      'agent.getStateList': () => this.globalStates().map(publicState),
      'agent.setState': ([operationName]) => this.setState(operationName),
      'media.getMediaList': () => this.mediaList(),
      'media.getMediaByName': ([name]) =>
        this.media(name) ?? this.#runtime.fail(errors.mediaNotFound(name, [...this.#mediaStates.keys()])),
      'media.setState': ([name, operationName]) => this.setMediaState(name, operationName),
    } satisfies Partial<BackendHandlers>;
  }
}

/** STATE_CHANGED as the samples show it: `mediaState`, and `reason`/`reasonCode` for reasons. */
const changed = (state: ListedState): AgentStateChangedEvent => ({
  eventType: 'STATE_CHANGED',
  mediaState: state.type,
  ...(state.reason ? { reason: state.reason.name, reasonCode: state.reason.code } : {}),
});
