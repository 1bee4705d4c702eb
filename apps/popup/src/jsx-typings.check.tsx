/**
 * Compile-time checks of the JSX typings generated from custom-elements.json, run by `tsc -b` (this
 * file is never bundled). Each `@ts-expect-error` line must be a type error; if the typings let one
 * through (say a prop typed `any`), tsc fails with "Unused '@ts-expect-error' directive".
 */
import type { BridgeStateDetail, ToastButtonDetail } from '@wwe-kit/elements';
import type {} from '@wwe-kit/elements/jsx';

const answer = (event: CustomEvent<ToastButtonDetail>) =>
  `${event.detail.toastId} ${event.detail.index} ${event.detail.label}`;
const follow = (event: CustomEvent<BridgeStateDetail>) => event.detail.state;

/** What the popup writes, and what the typings must refuse. */
export const typingChecks = [
  <wwe-bridge host-origin="https://wwe.example.com" timeout={5000} onwwe-bridge-state={follow} />,
  <wwe-toast-trigger
    title="Follow up"
    buttons={['Call now', 'Later']}
    keyValues={{ CRM_CustomerId: 'C-1001' }}
    auto-close-timeout="0"
    width={320}
    onwwe-toast-button={answer}
  />,
  // @ts-expect-error -- `buttons` is a property to React 19: a string would reach it unconverted, not split.
  <wwe-toast-trigger buttons="Call now,Later" />,
  // @ts-expect-error -- `width` is a number property: "320" would reach it as a string.
  <wwe-toast-trigger width="320" />,
  // @ts-expect-error -- `keyValues` is the KeyValues object; its attribute spelling `key-values` takes the JSON text.
  <wwe-toast-trigger keyValues='{"CRM_CustomerId":"C-1001"}' />,
  // @ts-expect-error -- no such property (camel-case names are checked; dashed ones, e.g. `auto-close-timout`, are not: TypeScript lets any dashed JSX attribute through).
  <wwe-toast-trigger autoCloseTimout={0} />,
  // @ts-expect-error -- the detail of wwe-toast-button is { toastId, index, label }.
  <wwe-toast-trigger onwwe-toast-button={(event: CustomEvent<{ phone: string }>) => event.detail.phone} />,
  // @ts-expect-error -- wwe-bridge-state is a CustomEvent, not a MouseEvent.
  <wwe-bridge onwwe-bridge-state={(event: MouseEvent) => event.button} />,
  // @ts-expect-error -- `timeout` is a number property.
  <wwe-bridge timeout="5000" />,
  // @ts-expect-error -- `state` is one of connecting, ready, error.
  <wwe-bridge state="open" />,
];
