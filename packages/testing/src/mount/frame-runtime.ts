/**
 * The mount frame's runtime (frame.html imports it and calls `startMountFrame`): it answers the calls of
 * the test page that created the frame, the page's parent and its only controller. It imports the
 * user's modules from this frame's own origin and renders the user's markup; the user's elements then
 * talk to the host through their own bridge, which infers the parent's origin as in Workspace.
 */
import { domCalls } from './frame-dom.js';
import { isMountMessage, MOUNT_ROOT_ATTRIBUTE, type FrameCall, type FrameCalls, type FrameHello } from './wire.js';

/** Imports each module in turn, so a later one may rely on what an earlier one defined. */
async function importModules(modules: readonly string[]): Promise<void> {
  for (const module of modules) {
    const url = new URL(module, location.href);
    if (url.origin !== location.origin)
      throw new Error(
        `module ${url.href} is not on the frame's origin ${location.origin}; the frame imports only its own origin's files`,
      );
    try {
      await import(/* @vite-ignore */ url.href);
    } catch (error) {
      throw new Error(
        `could not import module ${url.href} in the frame: ${error instanceof Error ? error.message : String(error)}. Check that the test server serves it (open it in the browser) and that it loads without errors.`,
        { cause: error },
      );
    }
  }
}

let mounted = false;

const mount: (args: Parameters<FrameCalls['mount']>[0]) => Promise<true> = async ({
  modules,
  markup,
  interactionId,
}) => {
  if (mounted) throw new Error('this frame has already mounted its markup; mount again in a new frame');
  mounted = true;
  await importModules(modules);
  const root = document.createElement('div');
  root.setAttribute(MOUNT_ROOT_ATTRIBUTE, '');
  if (interactionId) root.dataset['interactionId'] = interactionId;
  // Custom elements defined by the modules above upgrade as the markup is parsed into the document.
  root.innerHTML = markup;
  document.body.append(root);
  return true;
};

const calls: Record<string, (args: never) => unknown> = { ...domCalls, mount };

/** Serves the parent's calls and tells it the frame listens. Call once, from frame.html. */
export function startMountFrame(): void {
  const controller = window.parent;
  addEventListener('message', (event) => {
    if (event.source !== controller || !isMountMessage<FrameCall>(event.data, 'call')) return;
    const { id, name, args } = event.data;
    const reply = (fields: { result?: unknown; thrown?: string }) =>
      controller.postMessage({ wweMount: 'reply', id, ...fields }, event.origin);
    const call = Object.hasOwn(calls, name) ? calls[name] : undefined;
    Promise.resolve()
      .then(() => {
        if (!call) throw new Error(`unknown call '${String(name)}'`);
        return call(args as never);
      })
      .then(
        (result) => reply({ result }),
        (error: unknown) => reply({ thrown: error instanceof Error ? error.message : String(error) }),
      );
  });
  const hello: FrameHello = { wweMount: 'ready', href: location.href };
  // Only the frame's url goes out before the parent has spoken, so any origin may see it.
  controller.postMessage(hello, '*');
}
