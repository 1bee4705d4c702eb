import { expect } from '@open-wc/testing';
import {
  answeredBy,
  backendRequestNames,
  canonicalRequestName,
  checkParameters,
  eventNames,
  eventNamespace,
  explicitOnlyRequestNames,
  hostRequestNames,
  isHostAnswered,
  isNamespace,
  namespaceOf,
  namespaces,
  referenceCounts,
  referenceRequestCount,
  userDataWriteOf,
  formatSignature,
  interactionEventTypes,
  isEventName,
  isRequestName,
  callTypes,
  referenceRequestNames,
  requestNames,
  requests,
  sipEndpointMethods,
  type Interaction,
  type RequestName,
  type RequestParams,
  type RequestResult,
} from '@wwe-kit/protocol';

const countByNamespace = (names: readonly string[]) =>
  names.reduce<Record<string, number>>((counts, name) => {
    const namespace = namespaceOf(name as RequestName);
    counts[namespace] = (counts[namespace] ?? 0) + 1;
    return counts;
  }, {});

describe('protocol catalogue', () => {
  it('holds the requests of the reference, by namespace: 75, as its table of contents counts them', () => {
    expect(referenceRequestCount).to.equal(75);
    expect(referenceRequestNames).to.have.length(referenceRequestCount);
    expect(countByNamespace(referenceRequestNames)).to.deep.equal(referenceCounts);
  });

  it('says as data which requests need naming, write user data, and who answers each', () => {
    expect(explicitOnlyRequestNames).to.deep.equal(['auth.getJwtToken', 'auth.getPureCloudToken']);
    expect(hostRequestNames).to.have.members([
      'messenger.broadcastMessage',
      'system.getAllowedServices',
      'system.isFrameLeading',
      'system.isFrameFollowing',
      'system.isFrameNegotiating',
      'system.isFrameLeadingOrNegotiating',
      'system.isLastActiveFrame',
    ]);
    expect(requestNames.filter((name) => userDataWriteOf(name))).to.deep.equal([
      'interaction.deleteUserData',
      'interaction.setUserData',
    ]);
    expect(userDataWriteOf('interaction.setUserData')).to.deep.equal({ parameter: 1, type: 'keyValues' });
    expect(userDataWriteOf('interaction.deleteUserData')).to.deep.equal({ parameter: 1, type: 'string' });
    // A backend serves the rest: no alias, nothing the host answers, every canonical request once.
    expect(
      backendRequestNames.filter((name) => canonicalRequestName(name) !== name || isHostAnswered(name)),
    ).to.deep.equal([]);
    expect(backendRequestNames.length + hostRequestNames.length).to.equal(
      requestNames.filter((name) => canonicalRequestName(name) === name).length,
    );
    // Aliases answer as their request does.
    expect(answeredBy(`sipEndpoint.${sipEndpointMethods[0]!}`)).to.equal('backend');
  });

  it('maps every request and event to a namespace of its own list', () => {
    expect([...namespaces].sort()).to.deep.equal([...new Set(requestNames.map(namespaceOf))].sort());
    for (const event of eventNames) expect(isNamespace(eventNamespace(event)), event).to.equal(true);
    expect(eventNames.map(eventNamespace)).to.include('interaction');
    expect(eventNamespace('markdone')).to.equal('interaction');
    expect(eventNamespace('messenger:crm')).to.equal('messenger');
    expect(isNamespace('voice')).to.equal(true);
    expect(isNamespace('voices')).to.equal(false);
  });

  it('adds the six sipEndpoint spellings as aliases of their voice requests', () => {
    const aliases = requestNames.filter((name) => name.startsWith('sipEndpoint.'));
    // Six, so the loop below checks something.
    expect(aliases).to.have.length(6);
    expect(aliases).to.have.members(sipEndpointMethods.map((method) => `sipEndpoint.${method}`));
    for (const alias of aliases) {
      const canonical = canonicalRequestName(alias);
      expect(canonical).to.equal(alias.replace('sipEndpoint.', 'voice.'));
      expect(requests[alias].params).to.deep.equal(requests[canonical].params);
      expect(requests[alias].result).to.equal(requests[canonical].result);
    }
  });

  it('marks the client-only auth.getPureCloudToken apart from the reference', () => {
    expect(isRequestName('auth.getPureCloudToken')).to.equal(true);
    expect(referenceRequestNames).not.to.include('auth.getPureCloudToken');
  });

  it('gives every request a summary, named parameters and a result type', () => {
    expect(requestNames.length).to.be.greaterThan(referenceRequestCount);
    for (const name of requestNames) {
      const spec = requests[name];
      expect(spec.summary, name).to.be.a('string').with.length.greaterThan(10);
      expect(spec.result, name).to.be.a('string');
      for (const param of spec.params) expect(param.name, name).to.match(/^[a-z][A-Za-z]*$/);
      // Optional parameters may only trail.
      const firstOptional = spec.params.findIndex((param) => 'optional' in param);
      if (firstOptional >= 0)
        expect(
          spec.params.slice(firstOptional).every((param) => 'optional' in param),
          name,
        ).to.equal(true);
    }
  });

  it('formats signatures with optional and nullable parameters', () => {
    expect(formatSignature('voice.dial')).to.equal('voice.dial(destination: string, userData?: keyValues)');
    expect(formatSignature('voice.dialEx')).to.equal(
      'voice.dialEx(destination: string, userData: keyValues | null, extensions: keyValues | null)',
    );
  });

  it('lists every interaction event type group of the tables', () => {
    expect(Object.keys(interactionEventTypes)).to.include.members([
      'common',
      'voice',
      'openMedia',
      'chat',
      'email',
      'outbound',
    ]);
    expect(interactionEventTypes.outbound).to.include('RECORDS_RETRIEVED');
    expect(interactionEventTypes.case).to.deep.equal(['CASE_EXPANDED', 'CASE_SELECTED']);
  });

  it('recognises event names, messenger channels included', () => {
    expect(isEventName('agent')).to.equal(true);
    expect(isEventName('messenger:crm')).to.equal(true);
    expect(isEventName('messenger:')).to.equal(false);
    expect(isEventName('agents')).to.equal(false);
  });

  it('derives parameter and result types that agree with the runtime checks of the same table', () => {
    // The assignments fail to typecheck (npm run typecheck) if the derivation breaks; at run time,
    // the host's checkParameters must accept what the types accept and refuse what they refuse.
    const dial: RequestParams<'voice.dial'>[] = [['5001'], ['5001', { Key: 'v' }]];
    const reject: RequestParams<'outbound.rejectPreviewRecord'>[] = [[], ['1']];
    const visible: RequestResult<'system.amIVisible'> = true;
    // @ts-expect-error a dial needs a destination
    const missing: RequestParams<'voice.dial'> = [];
    for (const params of dial)
      expect(checkParameters('voice.dial', params), JSON.stringify(params)).to.equal(undefined);
    for (const params of reject)
      expect(checkParameters('outbound.rejectPreviewRecord', params), JSON.stringify(params)).to.equal(undefined);
    expect(checkParameters('voice.dial', missing)).to.contain("the 1st parameter 'destination' is missing");
    expect(requests['system.amIVisible'].result).to.equal(typeof visible);
  });
});

describe('checkParameters', () => {
  it('accepts parameters that fit the catalogue', () => {
    expect(checkParameters('agent.get', undefined)).to.equal(undefined);
    expect(checkParameters('voice.dial', ['5001'])).to.equal(undefined);
    expect(checkParameters('voice.dial', ['5001', { Key: 'v' }])).to.equal(undefined);
    expect(checkParameters('voice.dialEx', ['5001', undefined, { ext: 1 }])).to.equal(undefined);
    expect(checkParameters('outbound.rejectPreviewRecord', [])).to.equal(undefined);
    expect(checkParameters('outbound.rejectPreviewRecord', ['1'])).to.equal(undefined);
    expect(checkParameters('configuration.getOption', [['privilege.*', 'Custom/option']])).to.equal(undefined);
    expect(checkParameters('outbound.setCallResult', ['1', '6'])).to.equal(undefined);
    expect(checkParameters('interaction.consult', ['1', { type: 'AGENT', destination: 'a1' }, null, null])).to.equal(
      undefined,
    );
    expect(checkParameters('sipEndpoint.muteMicrophone', [])).to.equal(undefined);
    expect(checkParameters('interaction.setUserData', ['1', { Key1: 'v', Key2: undefined }])).to.equal(undefined);
  });

  it('names the bad parameter, the expected type and the signature', () => {
    const message = checkParameters('voice.dial', [5001]);
    expect(message).to.equal(
      "Request 'voice.dial': the 1st parameter 'destination' must be a string (got number). " +
        'Call it as voice.dial(destination: string, userData?: keyValues).',
    );
  });

  it('reports missing, extra and malformed parameters', () => {
    expect(checkParameters('agent.setState', [])).to.contain(
      "the 1st parameter 'stateOperationName' is missing; expected a string",
    );
    expect(checkParameters('agent.get', ['x'])).to.contain('takes at most 0 parameters, got 1');
    expect(checkParameters('agent.setState', 'Ready')).to.contain("'parameters' must be an array");
    expect(checkParameters('system.popupToast', [{ buttons: 'OK' }])).to.contain(
      "has 'buttons' as string, expected an array of strings",
    );
    expect(checkParameters('system.openDialog', ['http://a', null])).to.contain(
      "the 2nd parameter 'options' is missing",
    );
    expect(checkParameters('outbound.callPreviewRecord', ['1', '283'])).to.contain(
      "'recordHandle' must be a number (got string)",
    );
    expect(checkParameters('outbound.setCallResult', ['1', 'BUSY'])).to.contain("(got 'BUSY')");
    expect(checkParameters('system.updateViewInApplicationMenuBar', [{ name: 'v' }])).to.contain(
      "needs 'iconUrl' or 'label'",
    );
    expect(checkParameters('interaction.setUserData', ['1', { k: () => 1 }])).to.contain('not plain data');
  });

  it('refuses unknown requests with the expected form', () => {
    expect(checkParameters('voice.dail', ['5001'])).to.match(/^Unknown request 'voice.dail'/);
  });
});

describe('callType', () => {
  it("names the reference's call types (002:1290-1293) and the outbound table's, and stays open to others", () => {
    // Type-level: with callType a plain string these extractions are never, and the file does not type-check.
    const inbound: Extract<Exclude<Interaction['callType'], undefined>, 'INBOUND'> = 'INBOUND';
    const preview: Extract<
      Exclude<Interaction['callType'], undefined>,
      'OUTBOUND_PUSH_PREVIEW'
    > = 'OUTBOUND_PUSH_PREVIEW';
    const newer: Interaction['callType'] = 'SOMETHING_NEWER';
    expect(callTypes).to.deep.equal([
      'INTERNAL',
      'INBOUND',
      'OUTBOUND',
      'CONSULT',
      'UNKNOWN',
      'OUTBOUND_PREVIEW',
      'OUTBOUND_PUSH_PREVIEW',
    ]);
    // The runtime list holds the names the type extracts; the open end holds no such value.
    expect(callTypes).to.include.members([inbound, preview]).and.not.include(newer);
  });
});
