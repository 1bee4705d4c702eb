/** Runtime checks of the catalogue's result tags: what a documented answer must look like. */
import type { ResultTag } from '@wwe-kit/protocol';

type Check = (value: unknown) => boolean;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const strings =
  (...keys: string[]): Check =>
  (value) =>
    isObject(value) && keys.every((key) => typeof value[key] === 'string');
const state = strings('type', 'displayName', 'operationName');
const media: Check = (value) => isObject(value) && typeof value['name'] === 'string' && state(value['state']);
const interaction: Check = (value) =>
  strings('interactionId', 'state')(value) && isObject((value as Record<string, unknown>)['userData']);

/**
 * One check per result tag of `@wwe-kit/protocol`'s catalogue (`requests[name].result`): whether an answer's
 * `data` has the documented shape, e.g. `resultShapes.Agent(data)`.
 */
export const resultShapes: Record<ResultTag, Check> = {
  void: (value) => value === undefined || value === null,
  unknown: () => true,
  boolean: (value) => typeof value === 'boolean',
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number',
  'string|null': (value) => value === null || typeof value === 'string',
  'string[]': arrayOf((value) => typeof value === 'string'),
  Agent: strings('employeeId', 'firstname', 'lastname', 'username'),
  State: state,
  'State[]': arrayOf(state),
  Media: media,
  'Media[]': arrayOf(media),
  'Interaction[]': arrayOf(interaction),
  'Interaction|null': (value) => value === null || interaction(value),
  OptionValues: (value) =>
    isObject(value) &&
    Object.values(value).every(
      (section) =>
        isObject(section) &&
        Object.values(section).every((option) => typeof option === 'string' || Array.isArray(option)),
    ),
  'Campaign[]': arrayOf(strings('name')),
  CallResults: (value) => isObject(value) && Object.values(value).every((result) => typeof result === 'number'),
  'ChainedRecords[]': arrayOf((value) => isObject(value) && Array.isArray(value['records'])),
  'Field[]': arrayOf(
    (value) =>
      strings('name', 'valueType')(value) && typeof (value as Record<string, unknown>)['isEditable'] === 'boolean',
  ),
  JwtToken: (value) =>
    strings('jwtToken', 'expiration')(value) &&
    !Number.isNaN(Date.parse((value as Record<string, string>)['expiration']!)),
};
