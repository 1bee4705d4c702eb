/**
 * The API's object types the apps use, named from the bridge's request types so
 * that each app depends only on @wwe-kit/bridge and @wwe-kit/elements.
 */
import type { RequestParams, RequestResult } from '@wwe-kit/bridge';

/** An interaction as Workspace describes it (user data already filtered by the read allowlist). */
export type Interaction = RequestResult<'interaction.getInteractions'>[number];
/** Attached data: key → JSON value. */
export type KeyValues = RequestParams<'interaction.setUserData'>[1];
/** What `system.popupToast` takes. */
export type ToastParameters = RequestParams<'system.popupToast'>[0];

/**
 * The other party's number: the ANI of a call that came in, the dialled number of one that went out, and for a
 * preview record not yet called, the record's number (Workspace names its party by it).
 */
export function phoneNumberOf(interaction: Interaction): string {
  const dialled = interaction.direction === 'OUT' ? interaction.dnis : interaction.ani;
  if (dialled) return dialled;
  const party = interaction.parties?.[0]?.name;
  return party && /^\+?[\d\s()-]+$/.test(party) ? party : '';
}
