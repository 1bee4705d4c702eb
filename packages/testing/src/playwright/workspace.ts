/**
 * The `workspace` handle a test gets: the simulator's scenario, desk, faults and clock, the agent,
 * the interactions, the views and the traffic, each reached in the shell's page with plain data.
 */
import type { Page } from '@playwright/test';
import { runScenarioFile, type ScenarioBindings } from './run.js';
import { inShell } from './shell-in-page.js';
import { WorkspaceTraffic } from './traffic.js';
import type { Workspace } from './types.js';
import { findView } from './view.js';

type DeskVerb = 'answer' | 'accept' | 'reject' | 'markDone';
type VoiceVerb = 'hold' | 'resume' | 'release';

/** The handle for the shell open in `page` at `origin`. */
export function createWorkspace(page: Page, origin: string, bindings: ScenarioBindings): Workspace {
  // Each action runs in the page and lets the views follow at once (an interaction's views open).
  const desk = (verb: DeskVerb) => (interactionId: string) =>
    inShell(
      page,
      (shell, [name, id]: [DeskVerb, string]) => {
        shell.simulator.desk[name](id);
        shell.sync();
      },
      [verb, interactionId],
    );
  const voice = (verb: VoiceVerb) => (interactionId: string) =>
    inShell(
      page,
      (shell, [name, id]: [VoiceVerb, string]) => {
        shell.simulator.voice[name](id);
        shell.sync();
      },
      [verb, interactionId],
    );
  const create =
    (kind: 'inboundCall' | 'chat' | 'email') =>
    (from: string, userData = {}) =>
      inShell(
        page,
        (shell, [name, who, data]: [typeof kind, string, object]) => {
          const id = shell.simulator.scenario[name](who, data as never);
          shell.sync();
          return id;
        },
        [kind, from, userData],
      );
  return {
    origin,
    page,
    scenario: {
      inboundCall: create('inboundCall'),
      chat: create('chat'),
      email: create('email'),
      customerHangUp: (id) =>
        inShell(
          page,
          (shell, interactionId: string) => (shell.simulator.scenario.customerHangUp(interactionId), shell.sync()),
          id,
        ),
      remoteAnswer: (id) =>
        inShell(
          page,
          (shell, interactionId: string) => (shell.simulator.scenario.remoteAnswer(interactionId), shell.sync()),
          id,
        ),
      campaign: (name, mode) =>
        inShell(
          page,
          (shell, [campaign, how]: [string, string | undefined]) => {
            shell.simulator.scenario.campaign(campaign, how);
            shell.sync();
          },
          [name, mode] as [string, string | undefined],
        ),
      pushPreview: (campaign) =>
        inShell(
          page,
          (shell, name: string) => {
            const id = shell.simulator.scenario.pushPreview(name);
            shell.sync();
            return id;
          },
          campaign,
        ),
    },
    desk: {
      answer: desk('answer'),
      accept: desk('accept'),
      reject: desk('reject'),
      markDone: desk('markDone'),
      hold: voice('hold'),
      resume: voice('resume'),
      hangUp: voice('release'),
    },
    faults: {
      fail: (request, message) =>
        inShell(page, (shell, [name, text]: [string, string]) => shell.simulator.faults.fail(name, text), [
          request,
          message,
        ]),
      delay: (request, milliseconds) =>
        inShell(page, (shell, [name, ms]: [string, number]) => shell.simulator.faults.delay(name, ms), [
          request,
          milliseconds,
        ]),
      drop: (request) => inShell(page, (shell, name: string) => shell.simulator.faults.drop(name), request),
      clear: (request) =>
        inShell(page, (shell, name: string | null) => shell.simulator.faults.clear(name ?? undefined), request ?? null),
    },
    clock: {
      advance: (milliseconds) =>
        inShell(
          page,
          (shell, ms: number) => {
            if (!shell.clock)
              throw new Error('The shell runs on real time: open it with ?clock=manual to move its clock.');
            shell.clock.advance(ms);
            shell.sync();
          },
          milliseconds,
        ),
      now: () => inShell(page, (shell) => shell.simulator.runtime.clock.now(), undefined),
    },
    traffic: new WorkspaceTraffic(page),
    agent: () =>
      inShell(page, (shell) => ({ ...shell.simulator.agent.agent, state: shell.simulator.agent.state() }), undefined),
    interactions: () =>
      inShell(page, (shell) => shell.simulator.interactions.list().map((record) => record.interaction), undefined),
    interaction: (interactionId) => ({
      userData: () =>
        inShell(
          page,
          (shell, id: string) => shell.simulator.interactions.get(id).interaction.userData ?? {},
          interactionId,
        ),
      get: () => inShell(page, (shell, id: string) => shell.simulator.interactions.get(id).interaction, interactionId),
    }),
    view: (section, where = {}) => findView(page, section, where.interaction),
    run: (path) => runScenarioFile(page, path, bindings),
  };
}
