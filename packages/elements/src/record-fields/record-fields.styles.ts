import { css } from 'lit';
import { formStyles, messageStyles } from '../shared/styles.js';

export const recordFieldsStyles = [
  messageStyles,
  formStyles,
  css`
  :host { display: block; --wwe-record-fields-column: 14em; }
  [part='fields'] { display: grid; grid-template-columns: repeat(auto-fill, minmax(var(--wwe-record-fields-column), 1fr)); gap: 0.5em; }
  [part='field'] label { display: block; font-size: 0.875em; }
  [part='field-input'] { inline-size: 100%; }
`,
];
