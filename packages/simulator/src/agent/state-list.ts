import type { State, StateType } from '@wwe-kit/protocol';
import { optionList } from '@wwe-kit/host';

/** An action code: a reason the agent gives for Not Ready or After Call Work. */
export interface ActionCode {
  readonly name: string;
  readonly code: string;
}

/** The action codes of the simulated contact centre; `agent-status.not-ready-reasons` picks among them. */
export const defaultActionCodes: readonly ActionCode[] = [
  { name: 'Break', code: '1511' },
  { name: 'Lunch', code: '1512' },
  { name: 'Meeting', code: '1513' },
  { name: 'Training', code: '1514' },
];

/** Workspace's default for `agent-status.enabled-actions-global` (protocol notes). */
export const DEFAULT_GLOBAL_ACTIONS = 'Ready,NotReady,NotReadyReason,AfterCallWork,AfterCallWorkReason,Dnd,LogOff';
/** Our default for `agent-status.enabled-actions-by-channel`: a channel has no Do Not Disturb of its own. */
export const DEFAULT_CHANNEL_ACTIONS = 'Ready,NotReady,NotReadyReason,AfterCallWork,AfterCallWorkReason,LogOff';

/** A state of the list, with the reason it carries for STATE_CHANGED. */
export interface ListedState extends State {
  readonly reason?: ActionCode;
}

const state = (type: StateType, displayName: string, operationName: string, reason?: ActionCode): ListedState =>
  reason ? { type, displayName, operationName, reason } : { type, displayName, operationName };

/** What each action of `agent-status.enabled-actions-*` adds to the state list. */
const actions: Record<string, (codes: readonly ActionCode[]) => ListedState[]> = {
  Ready: () => [state('READY', 'Ready', 'Ready')],
  NotReady: () => [state('NOT_READY', 'Not Ready', 'NotReady')],
  NotReadyReason: (codes) =>
    codes.map((code) =>
      state('NOT_READY_ACTION_CODE', `Not Ready - ${code.name}`, `NotReady${code.name.replace(/\W/g, '')}`, code),
    ),
  AfterCallWork: () => [state('NOT_READY_AFTER_CALL_WORK', 'After Call Work', 'AfterCallWork')],
  AfterCallWorkReason: (codes) =>
    codes.map((code) =>
      state(
        'NOT_READY_AFTER_CALL_WORK_ACTION_CODE',
        `After Call Work - ${code.name}`,
        `AfterCallWork${code.name.replace(/\W/g, '')}`,
        code,
      ),
    ),
  Dnd: () => [state('DND_ON', 'Do Not Disturb', 'Dnd')],
  LogOff: () => [state('LOGOUT', 'Log Off', 'LogOff')],
};

/** The names `agent-status.enabled-actions-*` accepts. */
export const knownActions = Object.keys(actions);

/**
 * The state list an option value describes, in the option's order. Names
 * that are not actions (see `knownActions`) add nothing.
 */
export function stateList(actionNames: string, codes: readonly ActionCode[]): ListedState[] {
  return optionList(actionNames).flatMap((name) => actions[name]?.(codes) ?? []);
}

/** The State object the reference defines, without our bookkeeping. */
export const publicState = ({ type, displayName, operationName }: ListedState): State => ({
  type,
  displayName,
  operationName,
});
