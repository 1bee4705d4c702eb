/**
 * What an event does to the store's resources, as pure functions: each answers the resource's new
 * value, or the same value when the event changes nothing (so `Object.is` tells the store to wake
 * no one).
 */
import type { Campaign, CampaignEvent, Interaction, InteractionEvent, State, StateType } from '@wwe-kit/protocol';

/**
 * The State a STATE_CHANGED names. The event carries the state's type and, for a reason, the
 * reason's name, never the operation name; the list's entries of that type are told apart by
 * their display name, which Workspace writes as "<state> - <reason>" (e.g. "Not Ready - Lunch"),
 * so the rule is an exact match of that suffix. Without a list entry, one is built from the event.
 */
export function stateOf(list: readonly State[], event: { mediaState: StateType; reason?: string }): State {
  const ofType = list.filter((state) => state.type === event.mediaState);
  const found = event.reason
    ? ofType.find((state) => state.displayName === event.reason || state.displayName.endsWith(` - ${event.reason}`))
    : (ofType.find((state) => !state.displayName.includes(' - ')) ?? ofType[0]);
  return (
    found ?? {
      type: event.mediaState,
      displayName: event.reason ? `${event.mediaState} - ${event.reason}` : event.mediaState,
      operationName: '',
    }
  );
}

/** Campaign events keep the loaded campaigns current (002:408-419). */
export function campaignsAfter(list: readonly Campaign[], event: CampaignEvent): readonly Campaign[] {
  if (typeof event?.campaign !== 'string') return list;
  const others = list.filter((campaign) => campaign.name !== event.campaign);
  const current = list.find((campaign) => campaign.name === event.campaign) ?? { name: event.campaign };
  const { mode: _mode, ...withoutMode } = current;
  const next: Record<string, Campaign[]> = {
    CampaignLoaded: [...others, { ...withoutMode, state: 'Loaded' }],
    CampaignStarted: [...others, { ...current, state: 'Started', ...(event.mode ? { mode: event.mode } : {}) }],
    CampaignStopped: [...others, { ...withoutMode, state: 'Stopped' }],
    CampaignUnloaded: others,
  };
  return next[event.eventType] ?? list;
}

/**
 * The interactions after an interaction event: the interaction it carries replaces or joins the
 * list, or leaves it on REMOVED. CASE_SELECTED and CASE_EXPANDED name only the case: the
 * interactions of that case become selected (the others not) or expanded, as Workspace shows them.
 */
export function interactionsAfter(list: readonly Interaction[], event: InteractionEvent): readonly Interaction[] {
  if (event.eventType === 'CASE_SELECTED' || event.eventType === 'CASE_EXPANDED') {
    const flag = event.eventType === 'CASE_SELECTED' ? 'isCaseSelected' : 'isCaseExpanded';
    let changed = false;
    const next = list.map((interaction) => {
      const inCase = interaction.caseId === event.selectedCaseId;
      const value = flag === 'isCaseSelected' ? inCase : inCase || interaction[flag] === true;
      if (interaction[flag] === value) return interaction;
      changed = true;
      return { ...interaction, [flag]: value };
    });
    return changed ? next : list;
  }
  if (!('interaction' in event)) return list;
  const next = [...list];
  const index = next.findIndex((entry) => entry.interactionId === event.interaction.interactionId);
  if (event.eventType === 'REMOVED') {
    if (index < 0) return list;
    next.splice(index, 1);
  } else if (index >= 0) next[index] = event.interaction;
  else next.push(event.interaction);
  return next;
}

/** The ids of the interactions whose entry is not the same object in both lists. */
export function changedInteractionIds(before: readonly Interaction[], after: readonly Interaction[]): string[] {
  const previous = new Map(before.map((entry) => [entry.interactionId, entry]));
  const kept = new Set(after.map((entry) => entry.interactionId));
  return [
    ...after.filter((entry) => previous.get(entry.interactionId) !== entry).map((entry) => entry.interactionId),
    ...before.filter((entry) => !kept.has(entry.interactionId)).map((entry) => entry.interactionId),
  ];
}
