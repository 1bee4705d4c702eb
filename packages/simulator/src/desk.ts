import { BackendError } from '@wwe-kit/host';
import type { InteractionRequests } from './interactions/requests.js';
import type { OpenMediaModel } from './interactions/open-media.js';
import type { InteractionRecord, InteractionStore } from './interactions/store.js';
import type { VoiceModel } from './interactions/voice.js';
import { errors } from './errors.js';
import { isPreviewRecord } from './outbound/context.js';
import type { PreviewModel } from './outbound/preview.js';

/** What an agent does to an interaction at the desk, beside the pages' requests. */
export type DeskAction = 'answer' | 'accept' | 'reject' | 'markDone';

/** Which desk actions an interaction allows now: each `true` exactly when that action would not be refused. */
export type DeskActions = Record<DeskAction, boolean>;

/** The models the desk works through; the simulator gives its own. */
export interface DeskModels {
  readonly interactions: InteractionStore;
  readonly voice: VoiceModel;
  readonly openMedia: OpenMediaModel;
  readonly previews: PreviewModel;
  readonly interaction: InteractionRequests;
}

/** One action: the check that refuses as the action would (without doing it), and the action itself. */
interface Step {
  readonly check: (interactionId: string) => void;
  readonly run: (interactionId: string) => void;
}

/**
 * The agent's own buttons on an interaction: answer a ringing call; accept or reject an invitation
 * (a chat, email or workitem, or a pushed preview record); mark done. A shell calls these and asks
 * `can()` which to offer, so it keeps no rule of its own: each answer comes from the same checks the
 * simulator's models make when a page sends the request, and each refusal throws the same Error text.
 *
 * A ringing call is answered, not accepted: `accept` and `reject` are for invitations, as the desk
 * shows one button for a call (Answer) and two for an invitation (Accept, Reject).
 */
export class Desk {
  readonly #steps: Record<DeskAction, Step>;

  constructor({ interactions, voice, openMedia, previews, interaction }: DeskModels) {
    type Invitation = 'interaction.accept' | 'interaction.reject';
    type Act = (record: InteractionRecord) => void;
    // A preview record's invitation follows the preview table (its capabilities), any other the open-media
    // one (INVITED), as the simulator's `interaction.accept` and `interaction.reject` handlers choose.
    const invitation = (request: Invitation, onPreview: Act, onOpenMedia: Act): Step => ({
      check: (id) => {
        const record = interactions.get(id);
        (isPreviewRecord(record) ? previews : openMedia).expectInvitation(record, request);
      },
      run: (id) => {
        const record = interactions.get(id);
        (isPreviewRecord(record) ? onPreview : onOpenMedia)(record);
      },
    });
    const markDoneCheck = (id: string) => {
      const record = interactions.get(id);
      // A page's block does not hide Done: the agent's attempt is what tells the page (markdone event).
      interaction.expectMarkdoneState(record);
      previews.expectMarkdone(record);
      // At the desk an invitation is accepted or rejected first: Workspace offers Done once it is handled.
      if (record.interaction.state === 'INVITED') throw new BackendError(errors.invitationFirst(id));
    };
    this.#steps = {
      answer: { check: (id) => voice.expectAnswer(id), run: (id) => voice.answer(id) },
      accept: invitation(
        'interaction.accept',
        (record) => previews.accept(record),
        (record) => openMedia.accept(record),
      ),
      reject: invitation(
        'interaction.reject',
        (record) => previews.decline(record),
        (record) => openMedia.reject(record),
      ),
      // Mark done's own checks, then the outbound one that its preview hook makes (wired in the simulator).
      markDone: {
        check: markDoneCheck,
        run: (id) => {
          markDoneCheck(id);
          interaction.markdone(id);
        },
      },
    };
  }

  /**
   * Answers a ringing voice call: TALKING, with ESTABLISHED (as `voice.answer`).
   * @throws Error the text `voice.answer` fails with (not a voice call, not RINGING, not found).
   */
  answer(interactionId: string): void {
    this.#steps.answer.run(interactionId);
  }

  /**
   * Accepts an invitation: a chat joins (JOIN_PENDING, then ACCEPTED), an email or workitem is ACCEPTED,
   * a pushed preview record is PREVIEWING with its chain (as `interaction.accept`).
   * @throws Error the text `interaction.accept` fails with (not INVITED, no ACCEPT capability, not found).
   */
  accept(interactionId: string): void {
    this.#steps.accept.run(interactionId);
  }

  /**
   * Rejects an invitation: open media go back to the queue (REMOVED), a preview record is REJECTED
   * and removed (as `interaction.reject`).
   * @throws Error the text `interaction.reject` fails with (not INVITED, no REJECT capability, not found).
   */
  reject(interactionId: string): void {
    this.#steps.reject.run(interactionId);
  }

  /**
   * Marks a handled interaction done (the Done button), as `interaction.markdone`: while a page blocks it,
   * `markdone` subscribers hear of the attempt and it is refused. An invitation is accepted or rejected first.
   * @throws Error the text `interaction.markdone` fails with (blocked, a call not released, an outbound
   * record without MARK_DONE, not found).
   */
  markDone(interactionId: string): void {
    this.#steps.markDone.run(interactionId);
  }

  /**
   * Which actions the interaction allows now; all `false` for an unknown id. Asking changes nothing and
   * raises no event. Done is offered while a page blocks it: the attempt tells the page, and is refused.
   */
  can(interactionId: string): DeskActions {
    const allowed = (action: DeskAction): boolean => {
      try {
        this.#steps[action].check(interactionId);
        return true;
      } catch (error) {
        // Only the simulator's refusals mean "not now"; anything else is a bug to see.
        if (error instanceof BackendError) return false;
        throw error;
      }
    };
    return {
      answer: allowed('answer'),
      accept: allowed('accept'),
      reject: allowed('reject'),
      markDone: allowed('markDone'),
    };
  }
}
