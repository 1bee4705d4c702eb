/** What `mountInWorkspace` takes, and the option data it gives the host and simulator. */
import {
  explicitOnlyRequests,
  readOptionData,
  WORKSPACE_SECTION,
  type FrameMode,
  type OptionData,
  type OptionInput,
} from '@wwe-kit/host';
import type { KeyValues } from '@wwe-kit/protocol';
import type { SimulatorOptions } from '@wwe-kit/simulator';

/** The inbound call `mountInWorkspace` creates for the view (`true`: one with the defaults). */
export interface MountInteraction {
  /** The caller's number (default '+15550100'). */
  readonly ani?: string;
  /** The call's attached data, as Workspace holds it (the host filters what the view may read). */
  readonly userData?: KeyValues;
  /** Whether the agent answers it before the view loads (default true); false leaves it ringing. */
  readonly answer?: boolean;
}

/** Options of `mountInWorkspace`. */
export interface MountOptions {
  /**
   * Workspace option data, as `ServiceHost` takes it: YAML text, whole option data, or the
   * `interaction-workspace` section alone. When it sets no `service-client-api.accepted-web-content-origins`,
   * the frame's origin is accepted for every namespace (and the requests only named ones get).
   */
  readonly options?: OptionInput;
  /** Creates an inbound call for the view: its id goes in the frame's url (`?interaction=`) and on the mount root. */
  readonly interaction?: MountInteraction | true;
  /** URLs of the modules that define the markup's elements, imported by the frame in order (see README). */
  readonly modules?: ReadonlyArray<string | URL>;
  /** The view's web-content section, as the host registers it (default 'Component'). */
  readonly section?: string;
  /** How the view is shown: any mode an iframe can have (default 'tab'). */
  readonly mode?: Exclude<FrameMode, 'popup'>;
  /** The frame's origin; by default the test server under its other host name (localhost ↔ 127.0.0.1). */
  readonly frameOrigin?: string;
  /** More of the simulator's setup (agent, seed, voice); its clock is always a `ManualClock`. */
  readonly simulator?: Omit<SimulatorOptions, 'options' | 'clock'>;
  /** Where the iframe goes (default `document.body`). */
  readonly container?: HTMLElement;
  /** How long the frame may take to start and render before mounting fails (default 30 000 ms: a hang's report). */
  readonly within?: number;
}

const ACCEPTED_ORIGINS = 'service-client-api.accepted-web-content-origins';

/** Every namespace, and the requests a page gets only by name. */
const everything = (): string => ['*', ...explicitOnlyRequests].join(', ');

/**
 * The option data for a mount: the user's, with the frame's origin accepted for everything when they
 * say nothing about accepted origins (the frame's port changes with every run, so they cannot write it).
 * @throws OptionDataError naming the option at fault.
 */
export function mountOptionData(input: OptionInput | undefined, frameOrigin: string): OptionData {
  const data = readOptionData(input ?? {});
  const section = data[WORKSPACE_SECTION] ?? {};
  if (section[ACCEPTED_ORIGINS] !== undefined) return data;
  return { ...data, [WORKSPACE_SECTION]: { ...section, [ACCEPTED_ORIGINS]: `${frameOrigin} (${everything()})` } };
}
