import type { BackendHandlers } from '@wwe-kit/host';
import type { Interaction, InteractionChangeEvent, InteractionState, OutboundCapability } from '@wwe-kit/protocol';
import { errors } from '../errors.js';
import { snapshot } from '../snapshot.js';
import type { InteractionRecord, InteractionStore } from '../interactions/store.js';
import type { VoiceModel } from '../interactions/voice.js';
import type { Runtime } from '../runtime.js';
import type { CampaignModel } from './campaigns.js';
import {
  INVITED_CAPABILITIES,
  PREVIEW_CAPABILITIES,
  chainRecord,
  contextOf,
  previewCallType,
  type PreviewMode,
  type RecordContext,
} from './context.js';
import { createChain, recordUserData, type RecordSeed } from './records.js';

/** The capability each step on an invited preview record needs. */
const INVITATION_CAPABILITY = { 'interaction.accept': 'ACCEPT', 'interaction.reject': 'REJECT' } as const;

/** How rejecting and cancelling a preview record end it: the capability each needs, the state each leaves. */
const ENDINGS = {
  'outbound.rejectPreviewRecord': { capability: 'REJECT_RECORD', state: 'REJECTED' },
  'outbound.cancelPreviewRecord': { capability: 'CANCEL_RECORD', state: 'CANCELED' },
} as const;

/**
 * Preview records through their whole life, following every row of the
 * preview-event table (protocol notes; 002:361-406): pull, push and direct
 * push; accept or decline; call, reject or cancel; release and mark done.
 */
export class PreviewModel {
  readonly #runtime: Runtime;
  readonly #store: InteractionStore;
  readonly #voice: VoiceModel;
  readonly #campaigns: CampaignModel;
  readonly #queues = new Map<string, RecordSeed[][]>();
  /** Whether direct push preview is started. */
  directPush = false;
  /** Records marked done, as they go back to Outbound Contact Server. */
  readonly completed: RecordContext[] = [];

  constructor(runtime: Runtime, store: InteractionStore, voice: VoiceModel, campaigns: CampaignModel) {
    this.#runtime = runtime;
    this.#store = store;
    this.#voice = voice;
    this.#campaigns = campaigns;
  }

  /** Scenario: the records the campaign's next pull preview gets (default: a chain of two). */
  queue(campaign: string, chain: RecordSeed[]): void {
    this.#queues.set(campaign, [...(this.#queues.get(campaign) ?? []), chain]);
  }

  #set(
    record: InteractionRecord,
    state: InteractionState,
    capabilities: OutboundCapability[],
    eventType?: InteractionChangeEvent['eventType'],
  ): void {
    if (state !== record.interaction.state) record.interaction.previousState = record.interaction.state;
    record.interaction.state = state;
    record.interaction.capabilities = capabilities;
    if (eventType) this.#store.raise(record, eventType);
  }

  /** Delivers a chain as a preview interaction: PREVIEWING for pull, INVITED for push and direct push. */
  deliver(campaign: string, mode: PreviewMode, seeds: readonly RecordSeed[] = [{}, {}]): InteractionRecord {
    const chain = createChain(this.#runtime.ids, campaign, seeds.length ? seeds : [{}]);
    const context: RecordContext = {
      campaign,
      mode,
      chain,
      callResult: Number(chain[0]!['GSW_CALL_RESULT'] ?? 28),
      doNotCall: false,
      schedule: undefined,
      pending: {},
      preview: undefined,
      call: undefined,
    };
    const invited = mode !== 'pull';
    const preview = this.#store.create('voice', {
      state: invited ? 'INVITED' : 'PREVIEWING',
      callType: previewCallType(mode),
      capabilities: invited ? INVITED_CAPABILITIES : PREVIEW_CAPABILITIES,
      userData: recordUserData(chain[0]!),
      parties: [{ name: String(chain[0]!['GSW_PHONE']) }],
      startDate: null,
      endDate: null,
      isCaseSelected: true,
    });
    // Once delivered, the main record carries its case and campaign type, as the getChainedRecords sample shows.
    Object.assign(chain[0]!, {
      IW_BundleUid: preview.interaction.userData['IW_BundleUid'],
      IW_CaseUid: preview.interaction.caseId,
      WWE_OUTBOUND_CAMP_TYPE: 'PreviewRecord',
    });
    Object.assign(preview.interaction.userData, { WWE_OUTBOUND_CAMP_TYPE: 'PreviewRecord' });
    preview.outbound = context;
    context.preview = preview;
    this.#store.raise(preview, 'ADDED');
    this.#store.raise(preview, invited ? 'INVITED' : 'PREVIEWING');
    if (!invited) this.#retrieved(preview, context);
    return preview;
  }

  /** RECORDS_RETRIEVED once the whole chain is loaded (002:421-571). */
  #retrieved(preview: InteractionRecord, context: RecordContext): void {
    preview.interaction.chainedRecords = snapshot(context.chain);
    this.#store.raise(preview, 'RECORDS_RETRIEVED');
  }

  getPreviewRecord(campaignName: string): void {
    this.#campaigns.running(campaignName);
    const limit = Number(this.#runtime.option('outbound.preview.max-simultaneous-preview-record') ?? 1) || 1;
    const open = this.#store
      .list()
      .filter((record) => record.outbound?.mode === 'pull' && record.outbound.preview === record).length;
    if (open >= limit) this.#runtime.fail(errors.previewLimit(limit));
    const seeds = this.#queues.get(campaignName)?.shift();
    // The answer goes first; the record arrives by events right after it.
    queueMicrotask(() => this.deliver(campaignName, 'pull', seeds));
  }

  /** Scenario: a Push Preview campaign sends the agent a record. */
  push(campaign: string, seeds?: RecordSeed[]): InteractionRecord {
    this.#campaigns.running(campaign);
    return this.deliver(campaign, 'push', seeds);
  }

  /** Scenario: Outbound Contact Server sends a direct push preview record (only while started). */
  directPushRecord(campaign: string, seeds?: RecordSeed[]): InteractionRecord {
    if (!this.directPush) this.#runtime.fail(errors.directPushNotStarted());
    return this.deliver(campaign, 'directPush', seeds);
  }

  /** `interaction.accept` on an invited record. */
  accept(preview: InteractionRecord): void {
    this.expectInvitation(preview, 'interaction.accept');
    const context = contextOf(this.#runtime, this.#store, preview.interaction.interactionId);
    this.#set(preview, 'PREVIEWING', PREVIEW_CAPABILITIES, 'PREVIEWING');
    this.#retrieved(preview, context);
  }

  /** `interaction.reject` on an invited record: REMOVED, state REJECTED. */
  decline(preview: InteractionRecord): void {
    this.expectInvitation(preview, 'interaction.reject');
    this.#set(preview, 'REJECTED', []);
    this.#store.remove(preview);
  }

  /** Fails as `accept` or `decline` would unless the record is invited (ACCEPT, REJECT), without doing either. */
  expectInvitation(preview: InteractionRecord, request: 'interaction.accept' | 'interaction.reject'): void {
    this.#store.expectCapability(preview, request, INVITATION_CAPABILITY[request]);
  }

  call(interactionId: string, recordHandle: number): void {
    const context = contextOf(this.#runtime, this.#store, interactionId);
    const preview = this.#store.get(interactionId);
    if (preview !== context.preview) this.#runtime.fail(errors.notAPreviewRecord(interactionId));
    this.#notCalled(context, preview, 'outbound.callPreviewRecord');
    this.#store.expectCapability(preview, 'outbound.callPreviewRecord', 'CALL');
    const record = chainRecord(this.#runtime, context, recordHandle);
    const fields: Partial<Interaction> = {
      callType: 'OUTBOUND',
      capabilities: ['HANGUP'],
      chainedRecords: snapshot(context.chain),
      caseId: preview.interaction.caseId,
      startDate: null,
      endDate: null,
    };
    const call = this.#voice.dial(String(record['GSW_PHONE']), { ...preview.interaction.userData }, {}, fields);
    call.outbound = context;
    context.call = call;
    call.onState = (state) => {
      call.interaction.capabilities =
        state === 'IDLE'
          ? ['MARK_DONE']
          : context.mode === 'directPush'
            ? ['HANGUP']
            : state === 'DIALING'
              ? ['HANGUP']
              : ['HANGUP', 'HOLD'];
    };
    // Called, the preview record is IDLE without capabilities (the pull table's REMOVED row shows it so);
    // push preview keeps it in the list, with no event of its own, until the call's mark done removes it
    // with MARK_DONE (002:376-388); pull and direct push remove it now.
    this.#set(preview, 'IDLE', []);
    if (context.mode !== 'push') {
      this.#store.remove(preview);
      context.preview = undefined;
    }
  }

  /** Once its record is called, a preview is finished through the call: no second call, no reject or cancel. */
  #notCalled(context: RecordContext, preview: InteractionRecord, request: string): void {
    if (!context.call) return;
    this.#runtime.fail(
      errors.recordCalled(
        request,
        preview.interaction.interactionId,
        context.call.interaction.interactionId,
        context.call.interaction.state,
      ),
    );
  }

  /** rejectPreviewRecord / cancelPreviewRecord: STATE_CHANGED to REJECTED or CANCELED, mark done next. */
  end(
    interactionId: string | undefined,
    request: 'outbound.rejectPreviewRecord' | 'outbound.cancelPreviewRecord',
  ): void {
    const preview = interactionId === undefined ? this.#current(request) : this.#store.get(interactionId);
    this.#notCalled(contextOf(this.#runtime, this.#store, preview.interaction.interactionId), preview, request);
    const { capability, state } = ENDINGS[request];
    this.#store.expectCapability(preview, request, capability);
    this.#set(preview, state, ['MARK_DONE'], 'STATE_CHANGED');
  }

  /** The latest preview being previewed; else the latest in the list, so that the refusal says why (e.g. it was called). */
  #current(request: string): InteractionRecord {
    const previews = this.#store.list().filter((record) => record.outbound?.preview === record);
    return (
      previews.filter((record) => record.interaction.state === 'PREVIEWING').at(-1) ??
      previews.at(-1) ??
      this.#runtime.fail(errors.noCurrentPreview(request))
    );
  }

  /** Fails as `markdone` would on an outbound interaction without MARK_DONE, without marking it; others pass. */
  expectMarkdone(record: InteractionRecord): void {
    if (record.outbound) this.#store.expectCapability(record, 'interaction.markdone', 'MARK_DONE');
  }

  /** Mark done of an outbound interaction, before the interaction list drops it. */
  markdone(record: InteractionRecord): void {
    const context = record.outbound;
    if (!context) return;
    this.expectMarkdone(record);
    if (record === context.call) {
      this.#store.raise(record, 'MARKDONE_APPLIED');
      if (context.preview) {
        this.#set(context.preview, 'IDLE', ['MARK_DONE']);
        this.#store.remove(context.preview);
        context.preview = undefined;
      }
    }
    record.interaction.capabilities = [];
    Object.assign(context.chain[0]!, context.pending);
    this.completed.push(context);
    if (context.mode === 'directPush') this.directPush = false;
  }

  handlers() {
    return {
      'outbound.getPreviewRecord': ([campaignName]) => {
        this.getPreviewRecord(campaignName);
      },
      'outbound.callPreviewRecord': ([id, recordHandle]) => {
        this.call(id, recordHandle);
      },
      'outbound.rejectPreviewRecord': ([id]) => {
        this.end(id, 'outbound.rejectPreviewRecord');
      },
      'outbound.cancelPreviewRecord': ([id]) => {
        this.end(id, 'outbound.cancelPreviewRecord');
      },
      'outbound.startDirectPushPreview': () => {
        this.directPush = true;
      },
      'outbound.stopDirectPushPreview': () => {
        this.directPush = false;
      },
    } satisfies Partial<BackendHandlers>;
  }
}
