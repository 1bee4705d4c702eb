import type { Customer } from '../../shared/customers.js';

/** The selected customer's record, as the sample CRM holds it. */
export function CustomerDetails({ customer }: { readonly customer: Customer }) {
  return (
    <section id="customer" data-customer-id={customer.id} aria-labelledby="customer-title" className="panel">
      <h2 id="customer-title">{customer.name}</h2>
      <dl className="record">
        <dt>Customer id</dt>
        <dd data-field="id">{customer.id}</dd>
        <dt>Tier</dt>
        <dd data-field="tier">
          <span className={`tier tier-${customer.tier.toLowerCase()}`}>{customer.tier}</span>
        </dd>
        <dt>Customer since</dt>
        <dd data-field="since">
          <time dateTime={customer.since}>{customer.since}</time>
        </dd>
        <dt>Email</dt>
        <dd data-field="email">
          <a href={`mailto:${customer.email}`}>{customer.email}</a>
        </dd>
        <dt>Phone</dt>
        <dd data-field="phones">
          <ul className="phones">
            {customer.phones.map((phone, index) => (
              <li key={phone}>
                {phone}
                {index === 0 ? <span className="hint"> (called first)</span> : null}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
