import type { RequestName, RequestResult } from '@wwe-kit/protocol';

/** The startup data elements share, each loaded by one request for the whole page. */
export const resourceRequests = {
  allowedServices: 'system.getAllowedServices',
  agent: 'agent.get',
  state: 'agent.getState',
  stateList: 'agent.getStateList',
  media: 'media.getMediaList',
  interactions: 'interaction.getInteractions',
  campaigns: 'outbound.getCampaigns',
} as const satisfies Record<string, RequestName>;

export type ResourceName = keyof typeof resourceRequests;
export type ResourceValue<R extends ResourceName> = RequestResult<(typeof resourceRequests)[R]>;

/** Where one shared resource stands. */
export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error';
