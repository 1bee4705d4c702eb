/**
 * The apps' specs' `test`: `@wwe-kit/testing/playwright`'s, as a user imports it, with the apps
 * served for the worker (serve-apps.ts). A user's page has its own server (Playwright's `webServer`)
 * and needs no more than `test.use({ workspaceOptions, workspaceVariables })`.
 */
import { test as base } from '@wwe-kit/testing/playwright';
import { withApps } from './serve-apps.js';

export const test = withApps(base);
