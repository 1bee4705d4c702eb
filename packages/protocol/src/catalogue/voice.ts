import { nullable, optional, param, type Catalogue } from './spec.js';

const onCall = (summary: string) => ({ summary, params: [param('interactionId', 'string')], result: 'void' }) as const;
const endpoint = <const R extends 'void' | 'boolean'>(summary: string, result: R) => ({ summary, params: [], result });

/** Voice namespace. */
export const voiceRequests = {
  'voice.answer': onCall('Answers the incoming call.'),
  'voice.dial': {
    summary: 'Calls the destination as Team Communicator does, with optional attached data.',
    params: [param('destination', 'string'), optional('userData', 'keyValues')],
    result: 'void',
  },
  'voice.dialEx': {
    summary: 'Calls the destination with attached data and extensions.',
    params: [param('destination', 'string'), nullable('userData', 'keyValues'), nullable('extensions', 'keyValues')],
    result: 'void',
  },
  'voice.hangUp': onCall('Releases the call.'),
  'voice.hold': onCall('Holds the call.'),
  'voice.resume': onCall('Resumes the held call.'),
  'voice.pauseCallRecording': onCall('Pauses the call recording.'),
  'voice.resumeCallRecording': onCall('Resumes the call recording.'),
  'voice.startCallRecording': onCall('Starts the call recording.'),
  'voice.stopCallRecording': onCall('Stops the call recording.'),
  'voice.isMicrophoneMute': endpoint('Gets the mute state of the SIP Endpoint microphone.', 'boolean'),
  'voice.muteMicrophone': endpoint('Mutes the SIP Endpoint microphone.', 'void'),
  'voice.unmuteMicrophone': endpoint('Unmutes the SIP Endpoint microphone.', 'void'),
  'voice.isSpeakerMute': endpoint('Gets the mute state of the SIP Endpoint speaker.', 'boolean'),
  'voice.muteSpeaker': endpoint('Mutes the SIP Endpoint speaker.', 'void'),
  'voice.unmuteSpeaker': endpoint('Unmutes the SIP Endpoint speaker.', 'void'),
} as const satisfies Catalogue;

/** The SIP Endpoint methods the shipped client sends as `sipEndpoint.*`; the reference lists them under `voice.*`. */
export const sipEndpointMethods = [
  'muteMicrophone',
  'unmuteMicrophone',
  'muteSpeaker',
  'unmuteSpeaker',
  'isMicrophoneMute',
  'isSpeakerMute',
] as const;
export type SipEndpointMethod = (typeof sipEndpointMethods)[number];

type SipEndpointRequests = {
  readonly [M in SipEndpointMethod as `sipEndpoint.${M}`]: (typeof voiceRequests)[`voice.${M}`] & {
    readonly aliasOf: `voice.${M}`;
  };
};

/** `sipEndpoint.*`: the same requests as their `voice.*` spelling, marked with `aliasOf`. */
export const sipEndpointRequests = Object.fromEntries(
  sipEndpointMethods.map((method) => [
    `sipEndpoint.${method}`,
    { ...voiceRequests[`voice.${method}`], aliasOf: `voice.${method}` },
  ]),
) as SipEndpointRequests;
