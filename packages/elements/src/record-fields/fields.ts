import type { Field } from '@wwe-kit/protocol';
import { html, nothing } from 'lit';

/** An input's value for a field, as `updateRecordFields` wants it (valueType), or a problem to show. @internal */
export function fieldValue(
  field: Field,
  text: string,
): { value: string | number | boolean | null } | { problem: string } {
  const label = field.displayName ?? field.name;
  if (text.trim() === '') return field.isMandatory ? { problem: `${label} is mandatory.` } : { value: null };
  switch (field.fieldType) {
    case 'int':
      return /^-?\d+$/.test(text.trim()) ? { value: Number(text) } : { problem: `${label} must be a whole number.` };
    case 'float':
      return Number.isFinite(Number(text)) ? { value: Number(text) } : { problem: `${label} must be a number.` };
    case 'char':
      return text.length === 1 ? { value: text } : { problem: `${label} must be one character.` };
    case 'bool':
      return { value: text === 'true' };
    case 'enum':
      return { value: field.valueType === 'number' ? Number(text) : text };
    case 'time':
      return /^([01]\d|2[0-3]):[0-5]\d$/.test(text) ? { value: text } : { problem: `${label} must be a time HH:MM.` };
    case 'date': {
      const value = fromLocalInput(text);
      return value ? { value } : { problem: `${label} must be a date and time.` };
    }
    default:
      return { value: text };
  }
}

/** A datetime-local input value as the `MM/DD/YYYY HH:MM` of record dates and rescheduleRecord; '' when it is not one. @internal */
export const fromLocalInput = (value: string) => {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(value);
  return match ? `${match[2]}/${match[3]}/${match[1]} ${match[4]}:${match[5]}` : '';
};

/** `MM/DD/YYYY HH:MM` as a datetime-local input value. */
const toLocalInput = (value: string) => {
  const match = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d)$/.exec(value);
  return match ? `${match[3]}-${match[1]}-${match[2]}T${match[4]}:${match[5]}` : '';
};

/** One field as a labelled input typed by its fieldType; read-only fields are shown, not editable. @internal */
export function renderField(field: Field, id: string) {
  const label = `${field.displayName ?? field.name}${field.isMandatory ? ' *' : ''}`;
  const value = String(field.value ?? '');
  const common = { id, name: field.name };
  let input;
  if (field.fieldType === 'enum') {
    input = html`<select part="field-input" id=${common.id} name=${common.name} ?disabled=${!field.isEditable} ?required=${field.isMandatory}>
 ${field.isMandatory ? nothing : html`<option value="">—</option>`}
 ${Object.entries(field.options ?? {}).map(([key, text]) => html`<option value=${key} ?selected=${key === value}>${text}</option>`)}
</select>`;
  } else if (field.fieldType === 'bool') {
    input = html`<select part="field-input" id=${common.id} name=${common.name} ?disabled=${!field.isEditable}>
<option value="true" ?selected=${value === 'true'}>Yes</option><option value="false" ?selected=${value !== 'true'}>No</option></select>`;
  } else {
    const type =
      field.fieldType === 'int' || field.fieldType === 'float'
        ? 'number'
        : field.fieldType === 'time'
          ? 'time'
          : field.fieldType === 'date'
            ? 'datetime-local'
            : 'text';
    input = html`<input part="field-input" id=${common.id} name=${common.name} type=${type} step=${field.fieldType === 'float' ? 'any' : nothing}
 maxlength=${field.fieldType === 'char' ? 1 : nothing} .value=${field.fieldType === 'date' ? toLocalInput(value) : value}
 ?readonly=${!field.isEditable} ?required=${field.isMandatory}>`;
  }
  return html`<div part="field"><label for=${id}>${label}</label>${input}</div>`;
}
