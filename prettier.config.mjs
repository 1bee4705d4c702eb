// Prettier for the whole repository: `npm run format` writes, `npm run lint` checks.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  // The elements' html`` and css`` templates stay as written: their white space is what renders, and
  // the CDN build minifies the css blocks itself (scripts/cdn.ts).
  embeddedLanguageFormatting: 'off',
};
