import type { KeyValues } from '@wwe-kit/protocol';

/** An attribute holding a JSON object (`user-data`, `extensions`, `key-values`); anything else reads as unset. @internal */
export const jsonObjectAttribute = {
  fromAttribute(value: string | null): KeyValues | undefined {
    try {
      const parsed: unknown = value ? JSON.parse(value) : undefined;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as KeyValues) : undefined;
    } catch {
      return undefined;
    }
  },
};
