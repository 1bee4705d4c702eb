// The headless scenario run's page lives in @wwe-kit/testing, whose fixture runs scenarios too: one copy.
export * from '../packages/testing/src/playwright/scenario-page.js';
