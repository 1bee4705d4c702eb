import type { Customer } from '../../shared/customers.js';

/** Props of `CustomerSearch`. */
export interface CustomerSearchProps {
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  /** The customers matching `query` (searchCustomers). */
  readonly results: readonly Customer[];
  readonly selectedId: string | undefined;
  readonly onSelect: (customer: Customer) => void;
}

/** What the results line says: how many matched, or what to type. */
function resultSummary(query: string, count: number): string {
  if (!query.trim()) return 'Type a name, a customer id (C-1001), an email, or at least 3 digits of a phone number.';
  if (!count)
    return `No customer matches “${query.trim()}”. Try part of the name, the id, the email, or 3 or more digits of the phone number.`;
  return `${count} ${count === 1 ? 'customer matches' : 'customers match'} “${query.trim()}”.`;
}

/** The search field and the matching customers, each a button that selects it. */
export function CustomerSearch({ query, onQueryChange, results, selectedId, onSelect }: CustomerSearchProps) {
  return (
    <section aria-labelledby="search-title" className="panel">
      <h2 id="search-title">Find a customer</h2>
      {/* Searching happens as the agent types; submitting (Enter) selects the first match. */}
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          if (results[0]) onSelect(results[0]);
        }}
      >
        <label htmlFor="search">Name, customer id, email or phone</label>
        <input
          id="search"
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="result-count"
          placeholder="e.g. Lovelace, C-1002, grace@, 7700"
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </form>
      <p id="result-count" role="status" className="hint">
        {resultSummary(query, results.length)}
      </p>
      <ul id="results" aria-label="Matching customers">
        {results.map((customer) => (
          <li key={customer.id} data-customer-id={customer.id}>
            <button type="button" aria-pressed={customer.id === selectedId} onClick={() => onSelect(customer)}>
              <span className="name">{customer.name}</span>
              <span className="meta">
                {customer.id} · {customer.tier} · {customer.phones[0]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
