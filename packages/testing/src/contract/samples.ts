/** The reference's sample requests and responses (reference-samples.json, byte for byte as 002 prints them). */
const samplesUrl = new URL('./reference-samples.json', import.meta.url);
const samplesResponse = await fetch(samplesUrl);
// A dev server that moved this module (Vite's dependency pre-bundling) answers its own page instead.
if (!samplesResponse.ok || !/json/.test(samplesResponse.headers.get('content-type') ?? ''))
  throw new Error(
    `@wwe-kit/testing/contract could not load the reference's samples from ${samplesUrl.href} (HTTP ${samplesResponse.status}, ${samplesResponse.headers.get('content-type') ?? 'no content type'}). Serve node_modules/@wwe-kit/testing as it is; with Vite, add '@wwe-kit/testing' to optimizeDeps.exclude.`,
  );
const samples: unknown = await samplesResponse.json();

/** One sample of the reference: a request with its response, an event, or an object. */
export interface Sample {
  /** The line of the reference (002) it is printed at. */
  readonly line: number;
  readonly namespace: string;
  readonly kind: 'request' | 'event' | 'object';
  readonly request?: string;
  readonly parameters?: unknown[];
  readonly response?: Record<string, unknown> | null;
  readonly event?: Record<string, unknown>;
  readonly notes: string;
}

/** The sample of `request` printed at `line` of the reference (002). */
export function sample(request: string, line: number): Sample {
  const found = (samples as Sample[]).find((entry) => entry.request === request && entry.line === line);
  if (!found) throw new Error(`No sample of ${request} at line ${line} in reference-samples.json`);
  return found;
}

/** Every sample of a kind. */
export const samplesOf = (kind: Sample['kind']): Sample[] =>
  (samples as Sample[]).filter((entry) => entry.kind === kind);
