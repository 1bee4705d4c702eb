// Every request of the reference, through a real bridge in a cross-origin iframe,
// against the host under test and the simulator, answers with the documented result shape.
import { expect } from '@esm-bundle/chai';
import { referenceRequestCount, referenceRequestNames, requests, type RequestName } from '@wwe-kit/protocol';
import type { AreaContext } from '../area.js';
import { checkRequest, requestCalls } from '../check-request.js';

/** Registers the every-request area of the contract suite. */
export function everyRequestArea(ctx: AreaContext): void {
  const { describe, it } = ctx.mocha;
  describe('contract: every request of the reference', () => {
    it(`covers the ${referenceRequestCount} reference requests, and only those`, () => {
      expect(Object.keys(requestCalls).sort()).to.deep.equal([...referenceRequestNames].sort());
      expect(referenceRequestNames).to.have.length(referenceRequestCount);
    });

    for (const name of referenceRequestNames)
      it(`${name} answers ${requests[name as RequestName].result}`, () =>
        checkRequest(ctx.host, name, { crossOrigin: ctx.crossOrigin() }));
  });
}
