/**
 * `mountInWorkspace`: the user's markup in a real cross-origin frame, served by a real `ServiceHost` over
 * a real `WorkspaceSimulator` in the test page, as the repo's own browser tests serve their views: the
 * frame is registered with the host before it loads, so the host announces its frameId to it, and the
 * user's elements reach the host through their own bridge, which infers this page's origin.
 */
import { ServiceHost, type ClientFrame } from '@wwe-kit/host';
import { ManualClock, WorkspaceSimulator } from '@wwe-kit/simulator';
import { openChannel, type FrameChannel } from './channel.js';
import { checkServed, framePage, mountFrameOrigin } from './frame-page.js';
import { mountOptionData, type MountOptions } from './options.js';
import { markupOf, type MountTemplate } from './template.js';
import { recordTraffic } from '../contract/traffic.js';
import type { MountedWorkspace, Traffic } from './workspace.js';

/** The caller's number of the call `options.interaction: true` creates. */
const DEFAULT_ANI = '+15550100';

/** A module url on the test page's server, moved to the frame's origin (the same server under its other name). */
function moduleOnFrame(module: string | URL, frameOrigin: string): string {
  const url = new URL(module, location.href);
  if (url.origin === frameOrigin) return url.href;
  if (url.origin !== location.origin)
    throw new Error(
      `mountInWorkspace: module ${url.href} is not on the test server (${location.origin}). The frame imports modules from its own origin, the test server under its other name: pass a path the test server serves, e.g. new URL('./my-element.ts', import.meta.url).`,
    );
  return new URL(url.pathname + url.search, frameOrigin).href;
}

/** Rejects with `message` if `work` has not settled within `within` ms; only turns a hang into a failure. */
function bounded<T>(work: Promise<T>, within: number, message: () => string): Promise<T> {
  let timer = 0;
  const limit = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(message())), within);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

const describeCall = (name: string, args: object): string =>
  name === 'mount' ? 'mountInWorkspace' : `workspace.${name}('${String((args as { selector?: unknown }).selector)}')`;

/**
 * Mounts `template` in a cross-origin frame under a real host and simulator, and answers the workspace.
 *
 * @example
 * const workspace = await mountInWorkspace(
 *   ({ interactionId }) => html`<wwe-bridge><my-card interaction-id=${interactionId}></my-card></wwe-bridge>`,
 *   { modules: [new URL('../src/define.ts', import.meta.url)], interaction: { userData: { Tier: 'Gold' } } },
 * );
 * await workspace.waitFor('my-card >> [part=tier]', { text: 'Gold' });
 * workspace.dispose();
 * @throws Error naming the cause when the test server does not serve the frame on the other origin, a
 *   module cannot be imported (its url is named), the option data is wrong, or the template holds a
 *   value only Lit in this window could render.
 */
export async function mountInWorkspace(template: MountTemplate, options: MountOptions = {}): Promise<MountedWorkspace> {
  const origin = options.frameOrigin ? new URL(options.frameOrigin).origin : mountFrameOrigin();
  if (origin === location.origin)
    throw new Error(
      `mountInWorkspace: frameOrigin ${origin} is the test page's own origin; the frame must be cross-origin, as a Workspace view is.`,
    );
  const modules = (options.modules ?? []).map((module) => moduleOnFrame(module, origin));
  const page = framePage(origin);
  await checkServed(page);

  const optionData = mountOptionData(options.options, origin);
  const clock = new ManualClock();
  const simulator = new WorkspaceSimulator({ ...options.simulator, options: optionData, clock });
  const recorder = recordTraffic();
  // The recorder's array, able to await too: one object for reading and awaiting the traffic.
  const traffic = Object.defineProperty(recorder.traffic, 'when', { value: recorder.when }) as Traffic;
  const problems: string[] = [];
  const host = new ServiceHost({
    options: optionData,
    backend: simulator,
    session: false,
    onProblem: (problem) => problems.push(problem),
    onTraffic: recorder.onTraffic,
  });

  const iframe = document.createElement('iframe');
  const channel: FrameChannel = openChannel(iframe, origin, describeCall);
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    channel.close('the workspace was disposed');
    iframe.remove();
    host.dispose();
  };

  let interactionId: string | undefined;
  let view: ClientFrame;
  const within = options.within ?? 30_000;
  try {
    if (options.interaction) {
      const {
        ani = DEFAULT_ANI,
        userData = {},
        answer = true,
      } = options.interaction === true ? {} : options.interaction;
      interactionId = simulator.scenario.inboundCall(ani, userData);
      if (answer) simulator.desk.answer(interactionId);
    }
    const markup = markupOf(template, { interactionId, origin });
    const url = new URL(page.url);
    url.searchParams.set('runtime', page.runtime.href);
    if (interactionId) url.searchParams.set('interaction', interactionId);
    iframe.src = url.href;
    iframe.title = 'Component mounted by @wwe-kit/testing';
    // Registered before it loads, as Workspace does: the host announces the frameId once the page is there.
    view = host.registerFrame({ iframe, section: options.section ?? 'Component', mode: options.mode ?? 'tab' });
    (options.container ?? document.body).append(iframe);
    await bounded(
      channel.ready.then(() => channel.call('mount', { modules, markup, interactionId: interactionId ?? null })),
      within,
      () =>
        `mountInWorkspace: the frame at ${url.origin}${url.pathname} did not start and render within ${within} ms. Check the browser console of the frame for errors.`,
    );
  } catch (error) {
    dispose();
    throw error;
  }

  return {
    host,
    simulator,
    frame: { iframe, window: iframe.contentWindow!, origin, view },
    scenario: simulator.scenario,
    desk: simulator.desk,
    faults: simulator.faults,
    clock,
    interactionId,
    traffic,
    problems,
    interaction: (id) => {
      simulator.interactions.get(id);
      return { id, userData: () => structuredClone(simulator.interactions.get(id).interaction.userData) };
    },
    text: (selector) => channel.call('text', { selector }),
    attribute: (selector, name) => channel.call('attribute', { selector, name }),
    click: async (selector) => {
      await channel.call('click', { selector });
    },
    fill: async (selector, value) => {
      await channel.call('fill', { selector, value });
    },
    waitFor: (selector, condition = {}) => channel.call('waitFor', { selector, ...condition }),
    dispose,
  };
}
