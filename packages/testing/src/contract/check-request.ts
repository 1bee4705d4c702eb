/**
 * Every request of the reference, through a real bridge in a cross-origin iframe, against a host under
 * test over the simulator, answers with the documented result shape. A plain async check, so that a test
 * can run it against a host and assert how it fails.
 */
import { referenceRequestNames, requests, type RequestName } from '@wwe-kit/protocol';
import { eventOf, eventThat } from './events.js';
import type { HostUnderTest, RegisteredFrame, StartedHost } from './host-under-test.js';
import { crossOrigin } from './origins.js';
import type { Probe } from './probe.js';
import { resultShapes } from './result-shapes.js';
import { openOptions, startWorkspace, type Workspace } from './workspace.js';

/** The state each call starts from: a call in progress, a chat invitation, a pull preview record. */
interface Stage {
  readonly workspace: Workspace<StartedHost>;
  readonly probe: Probe<RegisteredFrame>;
  readonly callId: string;
  readonly chatId: string;
  readonly previewId: string;
  readonly handle: number;
  readonly caseId: string;
}

const CAMPAIGN = 'Offer of the Month';

/** The parameters of each request, and any step it needs first. */
export const requestCalls: Record<string, (stage: Stage) => unknown[] | Promise<unknown[]>> = {
  'agent.get': () => [],
  'agent.getState': () => [],
  'agent.getStateList': () => [],
  'agent.setState': () => ['Ready'],
  'media.getMediaList': () => [],
  'media.getMediaByName': () => ['voice'],
  'media.setState': () => ['chat', 'Ready'],
  'configuration.getOption': () => ['service-client-api.*'],
  'configuration.getContextualOption': ({ callId }) => [['service-client-api.*'], callId],
  'email.create': () => ['grace@example.com', { Key1: 'v' }],
  'auth.getJwtToken': () => [],
  'messenger.broadcastMessage': () => ['crm', { hello: 'world' }],
  'interaction.consult': ({ callId }) => [callId, { type: 'AGENT', destination: '5005' }, {}, {}],
  'interaction.completeTransfer': async ({ workspace, probe, callId }) => {
    await workspace.call(probe, 'interaction.consult', callId, '5005', {}, {});
    workspace.clock.advance(3000);
    return [
      workspace.simulator.interactions.list().find((record) => record.interaction.isConsultation)!.interaction
        .interactionId,
    ];
  },
  'interaction.completeConference': async (stage) => requestCalls['interaction.completeTransfer']!(stage),
  'interaction.deleteUserData': ({ callId }) => [callId, 'Key1'],
  'interaction.getByInteractionId': ({ callId }) => [callId],
  'interaction.getInteractions': () => [],
  'interaction.selectCaseByCaseId': ({ caseId }) => [caseId],
  'interaction.setUserData': ({ callId }) => [callId, { Key1: 'v' }],
  'interaction.markdone': async ({ workspace, probe, callId }) => {
    await workspace.call(probe, 'voice.hangUp', callId);
    return [callId];
  },
  'interaction.blockMarkdone': ({ callId }) => [callId, 'Not yet.'],
  'interaction.unblockMarkdone': ({ callId }) => [callId],
  'interaction.singleStepConference': ({ callId }) => [callId, '5005', {}, {}],
  'interaction.singleStepTransfer': ({ callId }) => [callId, { type: 'AGENT_GROUP', destination: 'Sales' }, {}, {}],
  'interaction.accept': ({ chatId }) => [chatId],
  'interaction.reject': ({ chatId }) => [chatId],
  'system.amIVisible': () => [],
  'system.getAllowedServices': () => [],
  'system.isFrameLeading': () => [],
  'system.isFrameFollowing': () => [],
  'system.isFrameNegotiating': () => [],
  'system.isFrameLeadingOrNegotiating': () => [],
  'system.isLastActiveFrame': () => [],
  'system.openDialog': () => ['https://crm.example.com/card', { label: 'Card', width: '400px', height: '300px' }],
  'system.closeDialog': () => ['wweCustomDialog1'],
  'system.popupToast': () => [{ title: 'Caller', message: 'Grace', buttons: ['Open'] }],
  'system.updateToast': () => ['wweCustomToast0', { message: 'Grace Hopper' }],
  'system.closeToast': () => ['wweCustomToast0'],
  'system.triggerActivity': () => [],
  'system.updateViewInApplicationMenuBar': () => [{ name: 'view1', label: 'CRM' }],
  'system.closeViewInApplicationMenuBar': () => ['view1'],
  'voice.answer': ({ workspace }) => [workspace.simulator.scenario.inboundCall('+14155550100')],
  'voice.dial': () => ['5002', { Key1: 'v' }],
  'voice.dialEx': () => ['5002', { Key1: 'v' }, { 'record-mode': 'on' }],
  'voice.hangUp': ({ callId }) => [callId],
  'voice.hold': ({ callId }) => [callId],
  'voice.resume': async ({ workspace, probe, callId }) => {
    await workspace.call(probe, 'voice.hold', callId);
    return [callId];
  },
  'voice.startCallRecording': ({ callId }) => [callId],
  'voice.pauseCallRecording': async ({ workspace, probe, callId }) => {
    await workspace.call(probe, 'voice.startCallRecording', callId);
    return [callId];
  },
  'voice.resumeCallRecording': async ({ workspace, probe, callId }) => {
    await workspace.call(probe, 'voice.startCallRecording', callId);
    await workspace.call(probe, 'voice.pauseCallRecording', callId);
    return [callId];
  },
  'voice.stopCallRecording': async (stage) => requestCalls['voice.pauseCallRecording']!(stage),
  'voice.isMicrophoneMute': () => [],
  'voice.muteMicrophone': () => [],
  'voice.unmuteMicrophone': () => [],
  'voice.isSpeakerMute': () => [],
  'voice.muteSpeaker': () => [],
  'voice.unmuteSpeaker': () => [],
  'outbound.getCampaigns': () => [],
  'outbound.getPreviewRecord': async ({ workspace, probe }) => {
    // The staged record is open already: allow a second one. The probe listens, to hear it arrive after the answer.
    workspace.host.setOptions({
      'interaction-workspace': { ...openOptions, 'outbound.preview.max-simultaneous-preview-record': '2' },
    });
    await probe.listen(['interaction']);
    return [CAMPAIGN];
  },
  'outbound.callPreviewRecord': ({ previewId, handle }) => [previewId, handle],
  'outbound.rejectPreviewRecord': ({ previewId }) => [previewId],
  'outbound.cancelPreviewRecord': ({ previewId }) => [previewId],
  'outbound.startDirectPushPreview': () => [],
  'outbound.stopDirectPushPreview': () => [],
  'outbound.getListOfCallResults': () => [],
  'outbound.setCallResult': async (stage) => [await called(stage), 6],
  'outbound.getCallResult': ({ previewId }) => [previewId],
  'outbound.setDoNotCall': async (stage) => [await called(stage)],
  'outbound.removeDoNotCall': async (stage) => [await called(stage)],
  'outbound.rescheduleRecord': ({ previewId, handle }) => [previewId, handle, '01/06/2026 10:00', 'CAMPAIGN'],
  'outbound.cancelReschedule': ({ previewId }) => [previewId],
  'outbound.getChainedRecords': ({ previewId }) => [previewId],
  'outbound.getRecordFields': ({ previewId }) => [previewId],
  'outbound.updateRecordFields': ({ previewId }) => [previewId, { GSW_FROM: '10:15', Custom_Integer: 3 }],
};

/** Calls the preview record and answers the call's id. */
async function called({ workspace, probe, previewId, handle }: Stage): Promise<string> {
  await workspace.call(probe, 'outbound.callPreviewRecord', previewId, handle);
  return workspace.simulator.interactions.list().find((record) => record.interaction.callType === 'OUTBOUND')!
    .interaction.interactionId;
}

/** A fresh workspace on `host` with a call in progress, a chat invitation, a pull preview record, a toast, a dialog, a menu view. */
async function stage(host: HostUnderTest, origin: string): Promise<Stage> {
  const workspace = await startWorkspace(host);
  const probe = await workspace.open({ origin });
  const { simulator } = workspace;
  const callId = simulator.scenario.inboundCall('+33123456789', { Key1: 'a' });
  simulator.voice.answer(callId);
  const chatId = simulator.scenario.chat('grace@example.com');
  simulator.scenario.campaign(CAMPAIGN, 'Preview');
  const preview = simulator.previews.deliver(CAMPAIGN, 'pull');
  await workspace.call(probe, 'system.popupToast', { title: 'first' });
  await workspace.call(probe, 'system.openDialog', 'https://crm.example.com', {});
  await workspace.call(probe, 'system.updateViewInApplicationMenuBar', { name: 'view1', label: 'CRM' });
  const handle = Number(
    simulator.interactions.get(preview.interaction.interactionId).interaction.chainedRecords?.[0]?.[
      'GSW_RECORD_HANDLE'
    ],
  );
  return {
    workspace,
    probe,
    callId,
    chatId,
    previewId: preview.interaction.interactionId,
    handle,
    caseId: simulator.interactions.get(callId).interaction.caseId!,
  };
}

/**
 * Checks that `host` answers the reference request `name` without an error and with the catalogue's result
 * shape (`requests[name].result`), from a staged workspace (a call in progress, a chat, a preview record…).
 * Rejects with a message that names the request, the host and what was wrong.
 */
export async function checkRequest(
  host: HostUnderTest,
  name: string,
  options: { readonly crossOrigin?: string } = {},
): Promise<void> {
  if (!(referenceRequestNames as readonly string[]).includes(name))
    throw new Error(
      `checkRequest: '${name}' is not a request of the reference. Use one of @wwe-kit/protocol's referenceRequestNames.`,
    );
  const current = await stage(host, options.crossOrigin ?? crossOrigin());
  try {
    const parameters = await requestCalls[name]!(current);
    const result = await current.probe.call(name, parameters);
    const tag = requests[name as RequestName].result;
    if (result.error)
      throw new Error(
        `${name}(${JSON.stringify(parameters).slice(1, -1)}) was refused by ${host.name}: ${JSON.stringify(result.error)}. The reference answers it with ${tag}.`,
      );
    if (!resultShapes[tag](result.data))
      throw new Error(
        `${name} answered ${JSON.stringify(result.data)?.slice(0, 200)} from ${host.name}, which is not ${tag} (the result of ${name} in @wwe-kit/protocol's catalogue).`,
      );
    if (name === 'outbound.getPreviewRecord') {
      // The answer comes first; the second record follows it, and the host tells the listening probe.
      await eventThat(current.workspace, current.probe, eventOf('interaction', 'RECORDS_RETRIEVED'));
      const records = current.workspace.simulator.interactions.list().filter((record) => record.outbound).length;
      if (records !== 2)
        throw new Error(`outbound.getPreviewRecord on ${host.name}: ${records} preview records after it, not 2.`);
    }
  } finally {
    current.workspace.dispose();
  }
}
