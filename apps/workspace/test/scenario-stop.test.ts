// How a run ends and what it leaves behind: the faults as they were before it (passed, failed or stopped),
// Stop ending a wait or the run between two steps at once, and no listener left on the stop signal.
import { expect } from '@open-wc/testing';
import { TrafficFeed } from '../src/scenario-script/feed.js';
import { runScript } from '../src/scenario-script/runner.js';
import { setup } from './scenario-host.js';

const script = (...steps: string[]) => ['name: Cleanup', 'steps:', ...steps].join('\n');

/** A stop signal that counts the listeners added to it and not removed. */
function countedSignal() {
  const controller = new AbortController();
  const { signal } = controller;
  const live = new Set<unknown>();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    live.add(listener);
    add(type, listener, options);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, listener: EventListener, options?: EventListenerOptions) => {
    live.delete(listener);
    remove(type, listener, options);
  }) as typeof signal.removeEventListener;
  return { controller, live };
}

describe('scenario scripts: the end of a run', () => {
  const endings = [
    { ending: 'passes', last: [], status: 'passed' },
    { ending: 'fails', last: ['  - markDone:'], status: 'failed' },
    { ending: 'is stopped', last: ['  - waitFor: { state: TALKING }', '    timeout: 600000'], status: 'failed' },
  ];
  for (const { ending, last, status } of endings) {
    it(`puts the faults back as they were before the run when it ${ending}`, async () => {
      const { host, feed, simulator } = setup();
      // A fault the person set before the run: it comes back, though the run cleared every fault.
      simulator.faults.fail('voice.hold', 'Error: held too long.');
      const before = simulator.faults.list();
      const controller = new AbortController();
      let during: unknown;
      const result = await runScript(
        script(
          '  - fault: { request: voice.dial, drop: true }',
          '  - clearFaults:',
          '  - fault: { request: voice.answer, delay: 50 }',
          ...last,
        ),
        host,
        feed,
        {
          signal: controller.signal,
          onStep: (step) => {
            if (step.index === 3 && step.status === 'passed') during = simulator.faults.list();
            // Once the step has begun to wait.
            if (step.index === 4 && step.status === 'running') queueMicrotask(() => controller.abort());
          },
        },
      );
      expect(result.steps.at(-1)!.status).to.equal(status);
      expect(during).to.have.length(1);
      expect(simulator.faults.list()).to.deep.equal(before);
    });
  }

  it('ends a wait at once when Stop comes during it, and fails that step saying so', async () => {
    const { host, feed } = setup();
    const controller = new AbortController();
    const result = await runScript(script('  - wait: 600000', "  - ring: { from: '+442071234567' }"), host, feed, {
      signal: controller.signal,
      onStep: (step) => {
        if (step.status === 'running') queueMicrotask(() => controller.abort());
      },
    });
    expect(result.steps.map((step) => [step.status, step.detail])).to.deep.equal([
      ['failed', 'The scenario was stopped.'],
      ['skipped', 'Not run: an earlier step failed.'],
    ]);
  });

  it('runs no further step once Stop comes between two steps', async () => {
    const { host, feed, simulator } = setup();
    const controller = new AbortController();
    const result = await runScript(
      script("  - ring: { from: '+442071234567' }", "  - ring: { from: '+442071234568' }"),
      host,
      feed,
      {
        signal: controller.signal,
        onStep: (step) => {
          if (step.index === 1 && step.status === 'passed') controller.abort();
        },
      },
    );
    expect(result.steps[1]!.status).to.equal('failed');
    expect(result.steps[1]!.detail).to.equal('The scenario was stopped.');
    expect(simulator.interactions.list()).to.have.length(1);
  });

  it('rejects a wait on the feed at once when the run was already stopped', async () => {
    const feed = new TrafficFeed();
    feed.start();
    let error: Error | undefined;
    // Not a wait: the signal is aborted before the call, so `until` must reject at once. The deadline is
    // long so that no deadline rejection can stand in for the stop; nothing here waits for time.
    await feed.until(() => undefined, 600000, AbortSignal.abort()).catch((caught: Error) => (error = caught));
    expect(error?.message).to.equal('the scenario was stopped.');
  });

  it('leaves no listener on the stop signal once the run is over', async () => {
    const { host, feed } = setup();
    const { controller, live } = countedSignal();
    const result = await runScript(
      script(
        '  - wait: 1',
        '  - wait: 1',
        "  - ring: { from: '+442071234567' }",
        '  - waitFor: { state: RINGING }',
        '  - expect: { event: interaction }',
      ),
      host,
      feed,
      { signal: controller.signal },
    );
    expect(result.ok, JSON.stringify(result.steps)).to.equal(true);
    expect(live.size).to.equal(0);
  });
});
