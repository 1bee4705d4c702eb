// The contract suite can fail: its checks, run against deliberately wrong hosts (the real ServiceHost over a
// backend that answers wrongly), reject with a message that names the request and what was wrong.
import { expect } from '@open-wc/testing';
import { ServiceHost } from '@wwe-kit/host';
import type { WorkspaceSimulator } from '@wwe-kit/simulator';
import { checkRequest, serviceHostUnderTest, type HostSetup, type HostUnderTest } from '@wwe-kit/testing/contract';

/** A host that serves from the simulator, except that `wrong` answers some requests instead. */
const hostWith = (name: string, wrong: (request: string) => { answer: unknown } | undefined): HostUnderTest => ({
  name,
  start: ({ options, simulator, onTraffic }: HostSetup) => {
    const backend: Pick<WorkspaceSimulator, 'handle' | 'connect'> = {
      handle: (request, parameters, context) => {
        const replaced = wrong(request);
        if (!replaced) return simulator.handle(request, parameters, context);
        if (replaced.answer instanceof Error) throw replaced.answer;
        return replaced.answer as never;
      },
      connect: (link) => simulator.connect(link),
    };
    return new ServiceHost({ options, backend, session: false, onProblem: () => undefined, onTraffic });
  },
});

/** Runs `check` and answers its rejection's message; fails when it does not reject. */
async function rejection(check: Promise<void>): Promise<string> {
  try {
    await check;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('The check passed against a wrong host');
}

describe('contract suite: a wrong host fails it', () => {
  it('the reference host passes the check the wrong hosts fail', async () => {
    await checkRequest(serviceHostUnderTest, 'agent.get');
    await checkRequest(serviceHostUnderTest, 'voice.dial');
  });

  it('agent.get answered with the wrong shape: the check names the request, the answer and the expected shape', async () => {
    const host = hostWith('agent.get-without-username', (request) =>
      request === 'agent.get' ? { answer: { name: 'Ada' } } : undefined,
    );
    expect(await rejection(checkRequest(host, 'agent.get'))).to.equal(
      `agent.get answered {"name":"Ada"} from agent.get-without-username, which is not Agent (the result of agent.get in @wwe-kit/protocol's catalogue).`,
    );
  });

  it('voice.dial refused: the check names the request, its parameters and the refusal', async () => {
    const host = hostWith('switch-down', (request) =>
      request === 'voice.dial' ? { answer: new Error('The switch is down.') } : undefined,
    );
    const message = await rejection(checkRequest(host, 'voice.dial'));
    expect(message).to.match(/^voice\.dial\("5002",\{"Key1":"v"\}\) was refused by switch-down: /);
    expect(message).to.contain('The reference answers it with void.');
  });
});
