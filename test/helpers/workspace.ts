/** Test helpers: the real host over the real simulator, and probe views talking to them through the real bridge. */
import type { SimulatorOptions } from '@wwe-kit/simulator';
import type { Probe } from './probe.js';
import { createWorkspace, type Workspace } from '../../packages/testing/src/contract/workspace.js';

/** The workspace, the option data that opens it to every origin: from @wwe-kit/testing's contract suite. */
export { createWorkspace, openOptions, type Workspace } from '../../packages/testing/src/contract/workspace.js';

/** A fresh workspace and one probe view for each test of the suite. */
export function useWorkspace(
  options?: Record<string, unknown>,
  simulatorOptions?: SimulatorOptions,
): { workspace: Workspace; probe: Probe } {
  const context = {} as { workspace: Workspace; probe: Probe };
  beforeEach(async () => {
    context.workspace = createWorkspace(options, simulatorOptions);
    context.probe = await context.workspace.open();
  });
  afterEach(() => context.workspace.dispose());
  return context;
}
