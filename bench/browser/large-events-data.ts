/**
 * The large-event workload: 10 interactions, each with 50 user-data keys of 1,000 B (all readable), each
 * shown by 3 views. One ATTACHED_DATA_CHANGED then carries ≈ 51 kB to each of the 30 views.
 */
export const INTERACTIONS = 10;
export const VIEWS_PER_INTERACTION = 3;
export const KEYS = 50;
/** B per value (ASCII: one byte a character). */
export const VALUE_BYTES = 1000;

export const keyName = (index: number): string => `Key${String(index).padStart(2, '0')}`;
export const keys: readonly string[] = Array.from({ length: KEYS }, (_, index) => keyName(index));
/** The key each event changes. */
export const CHANGED_KEY = keyName(0);

/** A 1,000 B value that starts with `marker:`, so a view can tell which change it shows. */
export const valueOf = (marker: string): string =>
  `${marker}:`.padEnd(VALUE_BYTES, `${marker}-abcdefghijklmnopqrstuvwxyz-0123456789`);

/** The marker a value starts with. */
export const markerOf = (value: unknown): string =>
  typeof value === 'string' ? value.slice(0, value.indexOf(':')) : '';

/** The initial user data of interaction number `index`: every value distinct. */
export const userDataOf = (index: number): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, valueOf(`i${index}.${key}`)]));

/** Workspace options: the views' origin may use `interaction.*`, and read every bench key (not the IW_ ones). */
export const hostOptions = (frameOrigin: string) => ({
  'service-client-api.accepted-web-content-origins': `${frameOrigin} (interaction.*)`,
  'service-client-api.user-data.read-allowed': keys.join(','),
});

/** What a view says when ready: the rows its table shows. */
export interface ViewReady {
  readonly rows: number;
}

/** What a view acknowledges an interaction event with, once its elements have rendered it. */
export interface ViewAck {
  /** The marker of the changed key's value the event carried. */
  readonly marker: string;
  /** Whether the view's table now shows that value (its interaction's views only). */
  readonly shown: boolean;
}
