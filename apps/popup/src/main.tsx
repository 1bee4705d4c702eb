/**
 * The Customer search popup: a customer lookup composed in React over the wwe-kit elements.
 * Workspace opens it with window.open (view section CustomerSearch, mode popup), so its bridge talks
 * to window.opener.
 */
// The define modules come first: React 19 sets a prop as a property only when the element already has
// that property, which it has once defined. Imports run in order, so these run before the render below.
import '@wwe-kit/elements/define/bridge';
import '@wwe-kit/elements/define/toast-trigger';
// The JSX typings generated from custom-elements.json (`npm run manifest`): they add <wwe-bridge>,
// <wwe-toast-trigger>… to React's JSX.IntrinsicElements, so tsc checks their props and handlers.
// A type-only import: erased from the bundle, it only brings the declarations into the program.
import type {} from '@wwe-kit/elements/jsx';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CustomerLookup } from './customer-lookup.js';

const root = document.querySelector('#root');
if (!root) throw new Error('Customer search: index.html has no #root element to render into.');
createRoot(root).render(
  <StrictMode>
    <CustomerLookup />
  </StrictMode>,
);
