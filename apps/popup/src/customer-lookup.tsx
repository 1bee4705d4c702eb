import { useMemo, useState } from 'react';
import { customers, searchCustomers } from '../../shared/customers.js';
import { pinnedWorkspaceOrigin } from '../../shared/workspace-origin.js';
import { BridgeStatusLine } from './bridge-status.js';
import { CustomerDetails } from './customer-details.js';
import { CustomerSearch } from './customer-search.js';
import { FollowUp } from './follow-up.js';
import { useBridge } from './use-bridge.js';

/**
 * The popup: one `<wwe-bridge>` around the whole view, so the `<wwe-toast-trigger>` inside shares its
 * client, and the popup's own requests (voice.dial) go through the same client.
 */
export function CustomerLookup() {
  const bridge = useBridge();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  const results = useMemo(() => searchCustomers(query), [query]);
  // The selection stays when the search changes: the agent may look for someone else and come back.
  const selected = customers.find((customer) => customer.id === selectedId);

  return (
    <>
      <header className="masthead">
        <h1>Customer search</h1>
      </header>
      {/* An empty pinned origin leaves host-origin out: the bridge then infers Workspace's origin from the opener. */}
      <wwe-bridge ref={bridge.ref} host-origin={pinnedWorkspaceOrigin || undefined} onwwe-bridge-state={bridge.onState}>
        <BridgeStatusLine slot="status" status={bridge.status} />
        <main className="layout">
          <CustomerSearch
            query={query}
            onQueryChange={setQuery}
            results={results}
            selectedId={selectedId}
            onSelect={(customer) => setSelectedId(customer.id)}
          />
          <div className="column">
            {selected ? (
              <CustomerDetails customer={selected} />
            ) : (
              <section className="panel empty" aria-label="Customer">
                <p className="hint">Select a customer to see their record.</p>
              </section>
            )}
            {/* Re-rendered on every state change, so `allows` is read once Workspace has answered. */}
            <FollowUp
              customer={selected}
              bridged={bridge.status.hasClient}
              canToast={bridge.status.state === 'ready' && bridge.allows('system.popupToast') !== false}
              client={bridge.client}
            />
          </div>
        </main>
      </wwe-bridge>
    </>
  );
}
