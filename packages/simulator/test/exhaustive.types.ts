// Compile-time only (tsc -b checks it; no test runner loads it): a backend without one of the catalogue's
// backend requests is no complete backend, so the simulator cannot leave a request out.
import type { BackendHandlers } from '@wwe-kit/host';

declare const complete: BackendHandlers;
const { 'outbound.getCampaigns': _dropped, ...withoutOne } = complete;
// @ts-expect-error: a backend without outbound.getCampaigns is incomplete
export const incomplete: BackendHandlers = withoutOne;
