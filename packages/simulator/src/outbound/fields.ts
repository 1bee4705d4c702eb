import type { Field, OutboundRecord } from '@wwe-kit/protocol';
import { errors } from '../errors.js';

type FieldType = NonNullable<Field['fieldType']>;

/** How one record field shows in `getRecordFields`. */
export interface FieldDefinition {
  readonly name: string;
  readonly displayName?: string;
  readonly fieldType: FieldType;
  readonly isEditable: boolean;
  readonly isMandatory: boolean;
  readonly options?: Readonly<Record<string, string>>;
}

/** The phone types of the reference's sample (002:2420-2436). */
export const phoneTypes: Readonly<Record<string, string>> = {
  3: 'Business With Extension',
  2: 'Direct Business Phone',
  10: 'Email Address',
  1: 'Home Phone',
  11: 'Instant Messaging',
  4: 'Mobile',
  7: 'Modem',
  0: 'None',
  6: 'Pager',
  9: 'Pin Pager',
  5: 'Vacation Phone',
  8: 'Voice Mail',
};

/**
 * The fields of the simulated calling list: the system fields a page may
 * update (Call From, Call Until, Phone, Phone Type, 002:2446) and one custom
 * field of every fieldType, one of them read-only.
 */
export const defaultFields: readonly FieldDefinition[] = [
  { name: 'GSW_FROM', displayName: 'Call From', fieldType: 'time', isEditable: true, isMandatory: true },
  { name: 'GSW_UNTIL', displayName: 'Call Until', fieldType: 'time', isEditable: true, isMandatory: true },
  { name: 'GSW_PHONE', displayName: 'Phone', fieldType: 'var-char', isEditable: true, isMandatory: true },
  {
    name: 'GSW_PHONE_TYPE',
    displayName: 'Phone Type',
    fieldType: 'enum',
    isEditable: true,
    isMandatory: false,
    options: phoneTypes,
  },
  { name: 'GSW_CUSTOM_STRING', fieldType: 'var-char', isEditable: true, isMandatory: false },
  { name: 'Custom_Boolean', fieldType: 'bool', isEditable: true, isMandatory: false },
  { name: 'Custom_Character', fieldType: 'char', isEditable: true, isMandatory: false },
  { name: 'Custom_Datetime', fieldType: 'date', isEditable: true, isMandatory: false },
  { name: 'Custom_Float', fieldType: 'float', isEditable: true, isMandatory: false },
  { name: 'Custom_Integer', fieldType: 'int', isEditable: true, isMandatory: false },
  { name: 'Custom_Reference', displayName: 'Reference', fieldType: 'var-char', isEditable: false, isMandatory: true },
  { name: 'Custom_String_with_default', fieldType: 'var-char', isEditable: true, isMandatory: true },
  { name: 'Custom_VarChar', fieldType: 'var-char', isEditable: true, isMandatory: false },
];

const valueTypeOf = (type: FieldType): Field['valueType'] =>
  type === 'int' || type === 'float' || type === 'enum' ? 'number' : type === 'bool' ? 'boolean' : 'string';

const two = (value: number) => String(value).padStart(2, '0');
/** Seconds since midnight as `HH:MM`. */
const clockText = (seconds: number) => `${two(Math.floor(seconds / 3600))}:${two(Math.floor((seconds % 3600) / 60))}`;
/** A record datetime `YYYY-MM-DD HH:MM:SS` as the field format `MM/DD/YYYY HH:MM`. */
const dateText = (value: string) => {
  const match = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)/.exec(value);
  return match ? `${match[2]}/${match[3]}/${match[1]} ${match[4]}:${match[5]}` : value;
};

/** The field's current value, as a string (the reference types `value` as string). */
function fieldValue(definition: FieldDefinition, raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (definition.fieldType === 'time' && typeof raw === 'number') return clockText(raw);
  if (definition.fieldType === 'date' && typeof raw === 'string') return dateText(raw);
  return String(raw);
}

/** `getRecordFields`: the definitions with the record's values. */
export function recordFields(record: OutboundRecord, definitions: readonly FieldDefinition[] = defaultFields): Field[] {
  return definitions
    .filter((definition) => definition.name in record)
    .map((definition) => ({
      name: definition.name,
      ...(definition.displayName ? { displayName: definition.displayName } : {}),
      value: fieldValue(definition, record[definition.name]),
      isMandatory: definition.isMandatory,
      isEditable: definition.isEditable,
      ...(definition.options ? { options: { ...definition.options } } : {}),
      fieldType: definition.fieldType,
      valueType: valueTypeOf(definition.fieldType),
    }));
}

const DATE = /^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/(\d{4}) ([01]\d|2[0-3]):([0-5]\d)$/;
const TIME = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** Whether `MM/DD/YYYY HH:MM` names a real calendar date; answers its parts. */
export function parseDate(
  text: string,
): [year: number, month: number, day: number, hour: number, minute: number] | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [month, day, year, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? [year, month, day, hour, minute] : undefined;
}

/** The refusal of field `name`'s value for its type, or undefined when it fits; and the value to store. */
function check(definition: FieldDefinition, name: string, value: unknown): { problem?: string; stored?: unknown } {
  const expected = valueTypeOf(definition.fieldType);
  if (typeof value !== expected) return { problem: errors.fieldValueType(name, expected, value) };
  switch (definition.fieldType) {
    case 'int':
      return Number.isInteger(value) ? { stored: value } : { problem: errors.fieldNotInt(name) };
    case 'float':
      return Number.isFinite(value) ? { stored: String(value) } : { problem: errors.fieldNotFloat(name) };
    case 'char':
      return (value as string).length === 1 ? { stored: value } : { problem: errors.fieldNotChar(name) };
    case 'date': {
      const parts = parseDate(value as string);
      if (!parts) return { problem: errors.fieldNotDate(name) };
      const [year, month, day, hour, minute] = parts;
      return { stored: `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:00` };
    }
    case 'time': {
      const match = TIME.exec(value as string);
      return match
        ? { stored: Number(match[1]) * 3600 + Number(match[2]) * 60 }
        : { problem: errors.fieldNotTime(name) };
    }
    case 'enum':
      return definition.options && String(value) in definition.options
        ? { stored: value }
        : { problem: errors.fieldNotEnum(name, Object.keys(definition.options ?? {})) };
    default:
      return { stored: value };
  }
}

/**
 * `updateRecordFields` validation, all or nothing: every key a known field,
 * editable, mandatory fields not emptied, values of the field's valueType and format.
 * Answers the values to store, or the first problem in the reference's error style.
 */
export function validateUpdate(
  data: Record<string, unknown>,
  record: OutboundRecord,
  definitions: readonly FieldDefinition[] = defaultFields,
): { changes: Record<string, unknown> } | { problem: string } {
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const definition = definitions.find((entry) => entry.name === name && name in record);
    if (!definition) return { problem: errors.unknownField(name) };
    if (!definition.isEditable) return { problem: errors.fieldNotEditable(name) };
    if (value === null || value === undefined || value === '') {
      if (definition.isMandatory) return { problem: errors.fieldMandatory(name) };
      changes[name] = '';
      continue;
    }
    const { problem, stored } = check(definition, name, value);
    if (problem) return { problem };
    changes[name] = stored;
  }
  return { changes };
}
