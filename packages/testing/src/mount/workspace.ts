/** The handle `mountInWorkspace` answers: the workspace around the mounted view, and a reach into the frame. */
import type { ClientFrame, ServiceHost, TrafficEntry } from '@wwe-kit/host';
import type { KeyValues } from '@wwe-kit/protocol';
import type { Desk, FaultInjector, ManualClock, Scenarios, WorkspaceSimulator } from '@wwe-kit/simulator';
import type { WaitCondition } from './wire.js';

/** The host's traffic so far, in order (a plain array), and a way to await an entry. */
export interface Traffic extends Array<TrafficEntry> {
  /**
   * Resolves with the `count`th entry that `matches`, at once if it has already passed: await what the
   * host did instead of polling for it.
   */
  when(matches: (entry: TrafficEntry) => boolean, count?: number): Promise<TrafficEntry>;
}

/** The mount frame as the test page sees it; its DOM is another origin's, reached through the handle's calls. */
export interface MountFrame {
  readonly iframe: HTMLIFrameElement;
  /** Its window: post to it, compare `event.source` with it; its document is out of reach. */
  readonly window: Window;
  /** Its origin: the one the host sees its messages come from (never the test page's). */
  readonly origin: string;
  /** The host's record of the view. */
  readonly view: ClientFrame;
}

/** One interaction as Workspace holds it. */
export interface MountedInteraction {
  readonly id: string;
  /** Its attached data, unfiltered (what Workspace holds, not what the view may read): a copy. */
  userData(): KeyValues;
}

/**
 * A real `ServiceHost` over a real `WorkspaceSimulator` in the test page, serving one view: the user's
 * markup in a cross-origin frame. The simulator's clock is manual: nothing happens by itself.
 */
export interface MountedWorkspace {
  readonly host: ServiceHost;
  readonly simulator: WorkspaceSimulator;
  readonly frame: MountFrame;
  /** Things that happen to the agent: `scenario.inboundCall(ani, userData)` answers the new interaction's id. */
  readonly scenario: Scenarios;
  /** The agent's own buttons: `desk.answer(id)`, `accept`, `reject`, `markDone`. */
  readonly desk: Desk;
  /** Makes requests fail, wait or go unanswered: `faults.fail('voice.dial', 'Error: busy')`. */
  readonly faults: FaultInjector;
  /** The simulator's time: `clock.advance(ms)` fires what falls due. */
  readonly clock: ManualClock;
  /** The interaction created for the view (`options.interaction`), else undefined. */
  readonly interactionId: string | undefined;
  /** What the host received and sent, in order; `traffic.when(match, count?)` awaits an entry. */
  readonly traffic: Traffic;
  /** Problems the host reported (option mistakes, internal errors), in order. */
  readonly problems: readonly string[];
  /** An interaction as Workspace holds it. @throws Error when Workspace has no such interaction. */
  interaction(id: string): MountedInteraction;
  /** The text (white space squeezed) at a selector in the frame (` >> ` enters a shadow root); null when none matches. */
  text(selector: string): Promise<string | null>;
  /** An attribute of the element at a selector; null when it or the element is missing. */
  attribute(selector: string, name: string): Promise<string | null>;
  /** Clicks the element at a selector. @throws when nothing matches. */
  click(selector: string): Promise<void>;
  /** Sets a field's value as a user does (input, then change events). @throws when nothing matches. */
  fill(selector: string, value: string): Promise<void>;
  /**
   * Resolves once the element at a selector exists (with `condition`: has that text, or attribute) —
   * awaited inside the frame on the DOM change that makes it so — answering its text (or the
   * attribute's value). @throws after `condition.within` ms, saying what it saw.
   */
  waitFor(selector: string, condition?: WaitCondition): Promise<string | null>;
  /** Removes the frame, stops the host (its window listener) and the frame's message channel. Idempotent. */
  dispose(): void;
}
