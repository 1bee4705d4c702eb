import { expect } from '@open-wc/testing';
import type { ServiceHost, TrafficEntry } from '@wwe-kit/host';
import { render } from 'lit';
import { inspector, InspectorState } from '../src/inspector/index.js';
import { TrafficLog } from '../src/traffic-log.js';
import { createTestHost } from '../../../test/helpers/test-backend.js';
import { trafficEntry } from './traffic-entries.js';

const entry = (kind: TrafficEntry['kind'], message: unknown) => trafficEntry(kind, message);

describe('traffic inspector element', () => {
  let host: ServiceHost;
  let container: HTMLElement;
  let shell: { traffic: TrafficLog; inspector: InspectorState; host: ServiceHost; views: { views: [] } };

  beforeEach(() => {
    ({ host } = createTestHost({}));
    shell = { traffic: new TrafficLog(), inspector: new InspectorState(), host, views: { views: [] } };
    shell.traffic.add(entry('request', { request: 'agent.get', referenceId: '0' }));
    shell.traffic.add(entry('ignored', { request: 'agent.get', referenceId: '0' }));
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    render(null, container);
    container.remove();
    // The docked inspector sets the dock's height on the page and remembers it.
    document.documentElement.style.removeProperty('--dock-height');
    localStorage.removeItem('wwe-kit.inspector.dock-height');
    host.dispose();
  });

  /** The inspector drawn into the page, docked or popped out. */
  async function drawn(poppedOut: boolean) {
    render(inspector(shell, poppedOut), container);
    const element = container.querySelector('wk-traffic-inspector')!;
    await element.updateComplete;
    return element;
  }

  it('shows the list and the filters in a popped-out window while the dock is collapsed', async () => {
    shell.inspector.collapsed = true;
    const popped = await drawn(true);
    expect(popped.querySelector<HTMLElement>('#inspector-body')!.hidden).to.equal(false);
    expect(popped.querySelectorAll('[data-row]')).to.have.length(2);
    expect(popped.querySelector('#inspector-filter')).to.not.equal(null);
    render(null, container);
    const docked = await drawn(false);
    expect(docked.querySelector<HTMLElement>('#inspector-body')!.hidden).to.equal(true);
    expect(docked.querySelector('#inspector-filter')).to.equal(null);
  });

  it('words a kind the same in the list and in the kind filter', async () => {
    const element = await drawn(true);
    const dropped = element.querySelector('[data-row][data-kind="ignored"] .wk-kind')!.textContent!.trim();
    const option = element.querySelector('#inspector-kind option[value="ignored"]')!.textContent!.trim();
    expect(dropped).to.equal(`← ${option}`);
    expect(option).to.equal('dropped');
  });
});
