/**
 * The messages between the test page and the mount frame (src/mount/frame.html), both ends. They carry a
 * `wweMount` field and nothing of the Service Client API's shape, so the host and the page's bridge,
 * which listen on the same windows, ignore them.
 */

/** The frame's runtime is listening (`href`: where the frame loaded), or could not start (`reason`). */
export interface FrameHello {
  readonly wweMount: 'ready' | 'failed';
  readonly href: string;
  readonly reason?: string;
}

/** A call from the test page to the frame: one of `FrameCalls`, with its arguments. */
export interface FrameCall {
  readonly wweMount: 'call';
  readonly id: number;
  readonly name: keyof FrameCalls;
  readonly args: object;
}

/** The frame's answer to one call: its result, or the message of what it threw. */
export interface FrameReply {
  readonly wweMount: 'reply';
  readonly id: number;
  readonly result?: unknown;
  readonly thrown?: string;
}

/** What `waitFor` waits for at a selector: the element, its text, or an attribute (its value; null: absent). */
export interface WaitCondition {
  /** The element's text (white space squeezed) equals this. */
  readonly text?: string;
  /** An attribute the element must have (with `value`: that value). */
  readonly attribute?: string;
  /** The value `attribute` must have; null waits for it to be absent. */
  readonly value?: string | null;
  /** Gives up after this many ms (default 10 000: a hang's report, not a timing rule), saying what it saw. */
  readonly within?: number;
}

/** What the frame does for the test page; each answers structured-cloneable data. */
export interface FrameCalls {
  /** Imports `modules` in order, then renders `markup` in the mount root. */
  mount(args: { modules: string[]; markup: string; interactionId: string | null }): true;
  text(args: { selector: string }): string | null;
  attribute(args: { selector: string; name: string }): string | null;
  click(args: { selector: string }): true;
  fill(args: { selector: string; value: string }): true;
  waitFor(args: { selector: string } & WaitCondition): string | null;
}

/** Whether `data` is a mount message of one of `kinds`. */
export const isMountMessage = <T extends { wweMount: string }>(
  data: unknown,
  ...kinds: Array<T['wweMount']>
): data is T =>
  typeof data === 'object' &&
  data !== null &&
  kinds.includes((data as { wweMount?: unknown }).wweMount as T['wweMount']);

/** The attribute of the element the markup is rendered into. */
export const MOUNT_ROOT_ATTRIBUTE = 'data-wwe-mount';
