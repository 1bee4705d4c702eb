/**
 * The sample CRM the three apps share: a small customer data set, the
 * user-data keys the apps own, and the messenger channel the background view
 * announces identified callers on. A real deployment swaps the data set for
 * its CRM; the keys and the channel are what the option file must allow.
 */

/** One customer of the sample CRM. */
export interface Customer {
  readonly id: string;
  readonly name: string;
  /** Phone numbers in E.164, as Workspace reports an ANI. */
  readonly phones: readonly string[];
  readonly email: string;
  readonly tier: 'Gold' | 'Silver' | 'Bronze';
  readonly since: string;
}

/** The sample data set. Phone numbers are the ones the scenario panel offers. */
export const customers: readonly Customer[] = [
  {
    id: 'C-1001',
    name: 'Mary Jackson',
    phones: ['+442071234567', '+447700900123'],
    email: 'mary@example.com',
    tier: 'Gold',
    since: '2015-03-12',
  },
  {
    id: 'C-1002',
    name: 'Grace Hopper',
    phones: ['+12025550143'],
    email: 'grace@example.com',
    tier: 'Silver',
    since: '2018-11-02',
  },
  {
    id: 'C-1003',
    name: 'Alan Turing',
    phones: ['+441619876543'],
    email: 'alan@example.com',
    tier: 'Bronze',
    since: '2021-06-23',
  },
  {
    id: 'C-1004',
    name: 'Katherine Johnson',
    phones: ['+17575550188'],
    email: 'katherine@example.com',
    tier: 'Gold',
    since: '2012-01-30',
  },
  {
    id: 'C-1005',
    name: 'Edsger Dijkstra',
    phones: ['+31205550111'],
    email: 'edsger@example.com',
    tier: 'Silver',
    since: '2019-09-09',
  },
];

/**
 * The user-data keys the apps write (`service-client-api.user-data.write-allowed`
 * must list them) and read back (`…read-allowed` must list them too).
 */
export const crmKeys = {
  customerId: 'CRM_CustomerId',
  customerName: 'CRM_CustomerName',
  tier: 'CRM_Tier',
  lookup: 'CRM_Lookup',
  notes: 'CRM_Notes',
} as const;

/** The keys the tab view lets the agent edit. */
export const editableKeys: readonly string[] = [crmKeys.tier, crmKeys.notes];

/** The messenger channel: the background view broadcasts on it, the tab view subscribes to `messenger:<channel>`. */
export const callerChannel = 'wwe-kit.caller-identified';

/**
 * The channel a view that opened late asks on: it broadcasts a `CallerRequest`, and the
 * background view answers on `callerChannel` with what it found for that interaction.
 * Messenger messages are not kept, and a tab usually loads after its call rang.
 */
export const callerRequestChannel = 'wwe-kit.caller-request';

/** What a view broadcasts on `callerRequestChannel`. */
export type CallerRequest = {
  readonly interactionId: string;
};

/** What the background view broadcasts on `callerChannel` for each ringing call it looked up. */
export interface CallerIdentified {
  readonly interactionId: string;
  readonly phoneNumber: string;
  /** The customer found, or null when the number is unknown. */
  readonly customer: Customer | null;
}

/** Digits and a leading + only, so "+44 20 7123 4567" and "+442071234567" match. */
export function normalisePhone(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

/** The customer one of whose numbers is `phone`, if any. */
export function findByPhone(phone: string): Customer | undefined {
  const wanted = normalisePhone(phone);
  if (!wanted) return undefined;
  return customers.find((customer) => customer.phones.some((number) => normalisePhone(number) === wanted));
}

/** Customers whose name, id, email or phone contains `query` (case-insensitive). */
export function searchCustomers(query: string): Customer[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const digits = normalisePhone(needle);
  return customers.filter(
    (customer) =>
      [customer.name, customer.id, customer.email].some((field) => field.toLowerCase().includes(needle)) ||
      (digits.replace('+', '').length >= 3 &&
        customer.phones.some((number) => number.includes(digits.replace('+', '')))),
  );
}
