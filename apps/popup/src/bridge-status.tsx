import { NOT_OPENED_BY_WORKSPACE, type BridgeStatus } from './use-bridge.js';

/** The connection line, in `<wwe-bridge>`'s `status` slot: the state, and for an error its message verbatim and a fix. */
export function BridgeStatusLine({ status, slot }: { readonly status: BridgeStatus; readonly slot?: string }) {
  const text =
    status.state === 'ready'
      ? `Connected to Workspace at ${status.hostOrigin}`
      : status.state === 'error'
        ? `Workspace connection failed: ${status.message}`
        : 'Connecting to Workspace…';
  // The element's own message says what failed; when it is not ours, the usual cause is the option data.
  const fix =
    status.state === 'error' && status.message !== NOT_OPENED_BY_WORKSPACE
      ? `Check that Workspace's option service-client-api.accepted-web-content-origins lists ${location.origin}, then open Customer search again.`
      : '';
  return (
    <div slot={slot} className="bridge-state" data-state={status.state}>
      <p id="bridge-state" data-state={status.state} role="status">
        <span className="dot" aria-hidden="true" />
        {text}
      </p>
      {fix ? <p className="hint">{fix}</p> : null}
    </div>
  );
}
