/**
 * The specs' `test`: the fixture from this package's sources with the bundled apps (tab, popup,
 * background) as the user's pages, served as the apps' own specs serve them (apps/shared/e2e).
 */
import { withApps } from '../../../../apps/shared/e2e/serve-apps.js';
import { test as fixture } from '../../src/playwright/index.js';

export { expect } from '../../src/playwright/index.js';
export { defaultOptions, repositoryRoot } from '../../../../apps/shared/e2e/serve-apps.js';

export const test = withApps(fixture);
