import type { ServiceClient } from '@wwe-kit/bridge';
import { describeFailure, type ToastButtonDetail, type WweToastTriggerElement } from '@wwe-kit/elements';
import { useMemo, useRef, useState } from 'react';
import { crmKeys, type Customer } from '../../shared/customers.js';

/** The toast's buttons, by the index Workspace reports a click with. Workspace shows them "Later", "Call now". */
const toastButtons: string[] = ['Call now', 'Later'];
const CALL_NOW = 0;
const LATER = 1;

/** What the popup last did about a toast, for `#toast-answer` (`data-outcome`). */
export type Outcome =
  | 'idle'
  | 'showing'
  | 'toast-shown'
  | 'toast-refused'
  | 'dialing'
  | 'dialed'
  | 'dial-failed'
  | 'follow-up'
  | 'unknown-button';

interface Answer {
  readonly outcome: Outcome;
  readonly text: string;
}

/** A "Later" answer: call this customer back. */
interface FollowUpNote {
  readonly key: number;
  readonly customer: Customer;
  readonly notedAt: Date;
}

/** Props of `FollowUp`. */
export interface FollowUpProps {
  /** The selected customer; none disables the toast. */
  readonly customer: Customer | undefined;
  /**
   * Whether `<wwe-bridge>` has a client. Without one the toast-trigger would say there is no
   * `<wwe-bridge>` around it, which misleads: the connection line says what is wrong.
   */
  readonly bridged: boolean;
  /** Whether the bridge is ready and Workspace lets this page pop toasts (if not, the toast-trigger says why). */
  readonly canToast: boolean;
  /** The bridge's client, for the popup's own requests. */
  readonly client: () => ServiceClient | undefined;
}

const failed = (outcome: Outcome) =>
  outcome === 'toast-refused' || outcome === 'dial-failed' || outcome === 'unknown-button';

/**
 * Pops a Workspace toast about the selected customer through `<wwe-toast-trigger>` and answers its
 * buttons: "Call now" dials the customer through the bridge, "Later" notes a follow-up here.
 */
export function FollowUp({ customer, bridged, canToast, client }: FollowUpProps) {
  const triggerRef = useRef<WweToastTriggerElement>(null);
  // The customer each unanswered toast is about: a toast outlives the selection it was popped for.
  const toastCustomers = useRef(new Map<string, Customer>());
  const nextNoteKey = useRef(0);
  const [answer, setAnswer] = useState<Answer>({ outcome: 'idle', text: 'No toast yet.' });
  const [notes, setNotes] = useState<readonly FollowUpNote[]>([]);
  const [showing, setShowing] = useState(false);

  // Set as properties (React 19 does, the element being defined): the element sends them as the toast.
  const keyValues = useMemo<WweToastTriggerElement['keyValues']>(
    () =>
      customer
        ? { [crmKeys.customerId]: customer.id, [crmKeys.customerName]: customer.name, [crmKeys.tier]: customer.tier }
        : undefined,
    [customer],
  );

  async function notify(): Promise<void> {
    const trigger = triggerRef.current;
    if (!trigger || !customer) return;
    setShowing(true);
    setAnswer({ outcome: 'showing', text: `Asking Workspace to show a toast about ${customer.name}…` });
    try {
      // The element reports the clicks of its latest toast only: an earlier one still on screen would
      // answer nobody, so it goes first.
      const previous = trigger.toastId;
      if (previous && toastCustomers.current.delete(previous)) await trigger.close();
      const toastId = await trigger.show();
      if (toastId) {
        toastCustomers.current.set(toastId, customer);
        setAnswer({
          outcome: 'toast-shown',
          text: `Toast ${toastId} about ${customer.name} is in Workspace: choose “Call now” or “Later” there.`,
        });
      } else {
        setAnswer({
          outcome: 'toast-refused',
          text: `Workspace did not show the toast about ${customer.name}: the reason is shown next to the button.`,
        });
      }
    } finally {
      setShowing(false);
    }
  }

  async function dial(who: Customer): Promise<void> {
    const phone = who.phones[0];
    const bridge = client();
    if (!phone || !bridge) {
      setAnswer({
        outcome: 'dial-failed',
        text: !phone
          ? `Could not call ${who.name}: the CRM has no phone number for ${who.id}. Add one to the customer record.`
          : `Could not call ${who.name}: there is no connection to Workspace (see the connection line above). Open Customer search from Workspace.`,
      });
      return;
    }
    setAnswer({ outcome: 'dialing', text: `Calling ${who.name} on ${phone}…` });
    try {
      await bridge.voice.dial(phone, { [crmKeys.customerId]: who.id });
      setAnswer({
        outcome: 'dialed',
        text: `Workspace is calling ${who.name} on ${phone}, with ${crmKeys.customerId} ${who.id} attached.`,
      });
    } catch (error) {
      // The ServiceClientError's message (Workspace's errorMessage, verbatim) says why and how to fix it.
      setAnswer({ outcome: 'dial-failed', text: `Could not call ${who.name} on ${phone}: ${describeFailure(error)}` });
    }
  }

  function noteFollowUp(who: Customer): void {
    const note: FollowUpNote = { key: nextNoteKey.current++, customer: who, notedAt: new Date() };
    setNotes((current) => [note, ...current]);
    setAnswer({ outcome: 'follow-up', text: `Follow-up noted: call ${who.name} back later.` });
  }

  function answerToast(event: CustomEvent<ToastButtonDetail>): void {
    const { toastId, index, label } = event.detail;
    const who = toastCustomers.current.get(toastId);
    if (!who) return;
    // Workspace takes a toast down when one of its buttons is clicked.
    toastCustomers.current.delete(toastId);
    if (index === CALL_NOW) void dial(who);
    else if (index === LATER) noteFollowUp(who);
    else
      setAnswer({
        outcome: 'unknown-button',
        text: `The toast about ${who.name} came back with button ${index} (“${label}”), which this popup does not offer.`,
      });
  }

  return (
    <section aria-labelledby="follow-up-title" className="panel">
      <h2 id="follow-up-title">Follow up</h2>
      <p className="hint">
        {customer
          ? `Pop a toast in Workspace: “Call now” calls ${customer.name} on ${customer.phones[0] ?? '(no number)'}, “Later” notes a follow-up here.`
          : 'Select a customer to pop a follow-up toast in Workspace.'}
      </p>
      <div className="actions">
        <button
          id="notify"
          type="button"
          className="primary"
          disabled={!customer || !canToast || showing}
          onClick={() => void notify()}
        >
          Notify me in Workspace
        </button>
        {/* #notify calls show() itself, to learn which toast is about whom. The empty span fills the
            element's slot, which would otherwise hold its own "Show toast" trigger. */}
        {bridged ? (
          <wwe-toast-trigger
            ref={triggerRef}
            title={customer ? `Follow up: ${customer.name}` : ''}
            subject={customer ? `${customer.tier} customer since ${customer.since}` : undefined}
            message={
              customer ? `Call ${customer.name} on ${customer.phones[0] ?? '(no number)'} now, or later?` : undefined
            }
            buttons={toastButtons}
            keyValues={keyValues}
            onwwe-toast-button={answerToast}
          >
            <span hidden />
          </wwe-toast-trigger>
        ) : null}
      </div>
      <output
        id="toast-answer"
        htmlFor="notify"
        data-outcome={answer.outcome}
        className={failed(answer.outcome) ? 'answer error' : 'answer'}
      >
        {answer.text}
      </output>
      <h3 id="follow-ups-title">Follow-ups</h3>
      <ol id="follow-ups" aria-labelledby="follow-ups-title">
        {notes.map((note) => (
          <li key={note.key} data-customer-id={note.customer.id}>
            Call {note.customer.name} ({note.customer.id}) back on {note.customer.phones[0] ?? 'their number'}
            {' — noted at '}
            <time dateTime={note.notedAt.toISOString()}>{note.notedAt.toLocaleTimeString()}</time>
          </li>
        ))}
      </ol>
      {notes.length ? null : <p className="hint">None yet: “Later” on a toast notes one here.</p>}
    </section>
  );
}
