import type { ServiceClientError } from '@wwe-kit/bridge';

/** What an element shows for a failed request: the reason in words a page user can act on. */
export function describeFailure(error: unknown): string {
  const failure = error as ServiceClientError;
  switch (failure.code) {
    case 'rate-limited':
      return `Too many requests: Workspace ignores this request for a while (rate limit). ${failure.errorMessage ?? ''}`.trim();
    case 'not-allowed':
      return `Not allowed: ${failure.errorMessage ?? failure.message}`;
    case 'timeout':
      return 'Workspace did not answer in time. Try again.';
    case 'aborted':
      return 'Cancelled.';
    default:
      return failure.errorMessage ?? failure.message ?? String(error);
  }
}
