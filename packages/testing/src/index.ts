/**
 * `@wwe-kit/testing` (Node): the static server of the prebuilt Workspace shell, and where the tests
 * find Chromium. The Playwright fixture is `@wwe-kit/testing/playwright`; the browser helpers are
 * `@wwe-kit/testing/mount` and `@wwe-kit/testing/contract`.
 */
export {
  startTestWorkspace,
  type TestOptionData,
  type TestWorkspace,
  type TestWorkspaceOptions,
} from './server/index.js';
export { chromiumHelp, chromiumPath, findChromium } from './chromium.js';
