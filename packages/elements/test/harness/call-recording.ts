/** Test harness for `<wwe-call-recording>`: see ../interaction-page.ts for the page it reads and why awaiting is enough. */
import type { RecordingAction } from '@wwe-kit/elements';
import type { RequestName } from '@wwe-kit/protocol';
import { InteractionElementHarness, type InteractionPage } from '../interaction-page.js';

const REQUESTS: Record<RecordingAction, RequestName> = {
  start: 'voice.startCallRecording',
  pause: 'voice.pauseCallRecording',
  resume: 'voice.resumeCallRecording',
  stop: 'voice.stopCallRecording',
};
const ACTIONS = Object.keys(REQUESTS) as RecordingAction[];

/** Reads and drives one `<wwe-call-recording>` as a user does: its state line, its buttons, its messages. */
export class CallRecordingHarness extends InteractionElementHarness {
  constructor(page: InteractionPage, path = 'wwe-call-recording') {
    super(page, path);
  }

  stateText = () => this.text('[part=state]');
  emptyText = () => this.text('[part=empty]');

  /** The actions whose buttons are enabled (not aria-disabled). */
  async enabled(): Promise<RecordingAction[]> {
    const enabled: RecordingAction[] = [];
    for (const action of ACTIONS)
      if ((await this.attribute(`[part=${action}]`, 'aria-disabled')) === 'false') enabled.push(action);
    return enabled;
  }

  /** Clicks an action's button, and resolves once Workspace answered and the element rendered the outcome. */
  async act(action: RecordingAction): Promise<void> {
    await this.answeredAfter(REQUESTS[action], () =>
      this.page.control('click', { path: `${this.path} >> [part=${action}]` }),
    );
  }

  /** Presses `key` on the focused button, as `act` awaits the outcome. */
  async pressOn(action: RecordingAction, key: string): Promise<void> {
    await this.answeredAfter(REQUESTS[action], () => this.page.press(key));
  }
}
