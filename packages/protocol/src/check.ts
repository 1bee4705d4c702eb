import { formatSignature, isRequestName, requests, type ParamSpec, type RequestName } from './catalogue/index.js';
import { valueChecks } from './value-types.js';

const ordinal = (index: number) => `${index + 1}${['st', 'nd', 'rd'][index] ?? 'th'}`;

/**
 * Checks a request's parameters against the catalogue. Answers `undefined`
 * when they fit, else a message naming the request, the bad parameter, the
 * expected type and the signature to follow. The host sends it as `errorMessage`.
 */
export function checkParameters(name: string, parameters: unknown): string | undefined {
  if (!isRequestName(name)) {
    return `Unknown request '${name}'. Use '<namespace>.<method>' with a request of the Service Client API reference, e.g. 'agent.getState'.`;
  }
  return checkRequestParameters(name, parameters);
}

/**
 * `checkParameters` for a name already known to be a request (the host validates the name once, as it reads
 * the envelope): the same answers, without looking the name up again.
 */
export function checkRequestParameters(name: RequestName, parameters: unknown): string | undefined {
  const specs: readonly ParamSpec[] = requests[name].params;
  // Written only into a refusal: a request that fits never builds it.
  const usage = () => `Call it as ${formatSignature(name)}.`;
  if (parameters !== undefined && !Array.isArray(parameters)) {
    return `Request '${name}': 'parameters' must be an array of positional parameters, got ${typeof parameters}. ${usage()}`;
  }
  const values: readonly unknown[] = parameters ?? [];
  if (values.length > specs.length) {
    return `Request '${name}' takes at most ${specs.length} parameter${specs.length === 1 ? '' : 's'}, got ${values.length}. ${usage()}`;
  }
  for (const [index, spec] of specs.entries()) {
    const value = values[index];
    if (value === undefined || value === null) {
      if (spec.nullable || spec.optional) continue;
      return `Request '${name}': the ${ordinal(index)} parameter '${spec.name}' is missing; expected ${valueChecks[spec.type].expected}. ${usage()}`;
    }
    const problem = valueChecks[spec.type].check(value);
    if (problem !== undefined) {
      return `Request '${name}': the ${ordinal(index)} parameter '${spec.name}' must be ${valueChecks[spec.type].expected} (${problem}). ${usage()}`;
    }
  }
  return undefined;
}
