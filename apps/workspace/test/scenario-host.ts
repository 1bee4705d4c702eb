// The scenario tests' shell: a real WorkspaceSimulator whose events reach a traffic feed as the shell's host
// hands them over (as traffic to the Customer tab), and view steps that send what a test says.
import type { TrafficEntry } from '@wwe-kit/host';
import { WorkspaceSimulator } from '@wwe-kit/simulator';
import { TrafficFeed } from '../src/scenario-script/feed.js';
import type { ScriptHost } from '../src/scenario-script/script-host.js';
import type { ViewAction } from '../src/scenario-script/types.js';
import { trafficEntry } from './traffic-entries.js';

/** A traffic entry as the host reports it: the Customer tab is frame 1, any other view frame 2. */
export const entry = (kind: TrafficEntry['kind'], message: unknown, section = 'CustomerTab'): TrafficEntry =>
  trafficEntry(kind, message, {
    section,
    frameId: section === 'CustomerTab' ? 1 : 2,
    direction: kind === 'request' ? 'in' : 'out',
  });

/** A simulator whose events reach the feed as the host's traffic to the Customer tab; view steps send `onViewStep`'s requests. */
export function setup(onViewStep: (action: ViewAction, feed: TrafficFeed) => void = () => undefined) {
  const simulator = new WorkspaceSimulator({ dialAnswerMs: 0 });
  const feed = new TrafficFeed();
  simulator.connect({
    emit: (name, data) => {
      feed.observe(entry('event', { event: name, data }));
      feed.changed();
    },
  });
  const host: ScriptHost = {
    simulator,
    views: () => [
      { section: 'CustomerTab', label: 'Customer', interactionLevel: true },
      { section: 'CallerLookup', label: 'Caller lookup', interactionLevel: false },
    ],
    changed: () => undefined,
    pressToast: () => 'pressed.',
    showView: (section, id) => `iframe[data-section="${section}"][data-interaction="${id}"]`,
    viewStep: async (action) => {
      onViewStep(action, feed);
      return `did ${action.action}.`;
    },
  };
  return { simulator, feed, host };
}
