// Configuration and auth namespaces through the real bridge, host and simulator.
import { expect } from '@esm-bundle/chai';
import { jwtVerify } from 'jose';
import { parsePattern } from '@wwe-kit/simulator';
import type { JwtToken } from '@wwe-kit/protocol';
import { requestMessage, type Probe } from '../probe.js';
import { sample } from '../samples.js';
import { openOptions, type Workspace } from '../workspace.js';
import { answerTo } from '../events.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

// The reference's scenario (002:870-935): a frame colour, an override key, and a transaction annex.
// The sample's annex says #FF000088 but its answer shows #FF008000; the annex here holds the answer's value.
const options = {
  'interaction-workspace': {
    ...openOptions,
    'interaction.case-data.frame-color': '#FFBA00',
    'interaction.case-data.header-foreground-color': '#FFFFFF',
    'interaction.override-option-key': 'IW_OverrideOptions',
    'privilege.outbound.can-reschedule': 'true',
    'privilege.voice.can-dial': 'true',
    'voice.auto-answer': 'false',
  },
  CustomSection: { 'option.custom.customer.code': 'C-42', 'option.other': 'x' },
  CustomAPI: { 'test.one': '1', 'test.two': '2' },
};

/** Registers the configuration area of the contract suite. */
export function configurationArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: configuration', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);
    const replay = async (request: string, line: number) => {
      const { parameters, response } = sample(request, line);
      return { answer: await answerTo(probe, requestMessage(request, parameters)), response };
    };

    beforeEach(async () => {
      workspace = await ctx.createWorkspace(options, {
        transactions: {
          CaseDataColor: { 'interaction-workspace': { 'interaction.case-data.frame-color': '#FF008000' } },
        },
      });
      probe = await workspace.open();
    });
    afterEach(() => workspace.dispose());

    it('answers "Section/*" with every option of that section, as Genesys\' sample asks ["voice.*", "MySection/*"]', async () => {
      expect(await call('configuration.getOption', ['voice.*', 'CustomAPI/*'])).to.deep.equal({
        'interaction-workspace': { 'voice.auto-answer': 'false' },
        CustomAPI: { 'test.one': '1', 'test.two': '2' },
      });
      expect(parsePattern('CustomAPI/*')).to.deep.equal({ section: 'CustomAPI', option: '*' });
      // Without a section, '*' alone still names nothing: a page must say which options it wants.
      expect(parsePattern('*')).to.equal(undefined);
    });

    it("getOption answers the reference's sample (002:919)", async () => {
      const { answer, response } = await replay('configuration.getOption', 919);
      expect(answer).to.deep.equal(response);
    });

    it("getContextualOption answers the reference's sample with the override (002:884)", async () => {
      workspace.simulator.voice.inbound({ ani: '+33123456789', userData: { IW_OverrideOptions: 'CaseDataColor' } });
      const { answer, response } = await replay('configuration.getContextualOption', 884);
      expect(answer).to.deep.equal(response);
    });

    it("getContextualOption fails as the reference's sample when the interaction is not found (002:905)", async () => {
      const { answer, response } = await replay('configuration.getContextualOption', 905);
      expect(answer).to.deep.equal(response);
    });

    it('getContextualOption without an override key in the user data answers the configured value', async () => {
      const { interaction } = workspace.simulator.voice.inbound({ ani: '5003' });
      expect(
        await call('configuration.getContextualOption', 'interaction.case-data.frame-color', interaction.interactionId),
      ).to.deep.equal({ 'interaction-workspace': { 'interaction.case-data.frame-color': '#FFBA00' } });
    });

    it('the host owns the option data: what it takes, the simulator answers with; the simulator takes none of its own', async () => {
      workspace.host.setOptions({
        'interaction-workspace': { ...openOptions, 'display-format.case-name-format': 'New' },
      });
      expect(await call('configuration.getOption', 'display-format.case-name-format')).to.deep.equal({
        'interaction-workspace': { 'display-format.case-name-format': 'New' },
      });
      expect(() => workspace.simulator.setOptions({})).to.throw(/call host\.setOptions/);
      // The simulator reads the host's option data: what the host took is what it answers with.
      expect(workspace.simulator.runtime.options).to.have.nested.property(
        'interaction-workspace.display-format\\.case-name-format',
        'New',
      );
    });

    it('an option section named __proto__ stays data', async () => {
      workspace.host.setOptions(
        JSON.parse(`{"interaction-workspace": ${JSON.stringify(openOptions)}, "__proto__": {"polluted": "yes"}}`),
      );
      expect(await call('configuration.getOption', '__proto__/polluted')).to.deep.equal(
        JSON.parse('{"__proto__": {"polluted": "yes"}}'),
      );
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });

    it("getOption takes an array across sections, as the reference's example (002:823)", async () => {
      expect(
        await call('configuration.getOption', ['privilege.*', 'CustomSection/option.custom.customer.code']),
      ).to.deep.equal({
        'interaction-workspace': { 'privilege.outbound.can-reschedule': 'true', 'privilege.voice.can-dial': 'true' },
        CustomSection: { 'option.custom.customer.code': 'C-42' },
      });
    });

    const wildcardCases: Array<[pattern: string, expected: Record<string, Record<string, string>> | 'invalid']> = [
      ['voice.*', { 'interaction-workspace': { 'voice.auto-answer': 'false' } }],
      ['voice.auto*', { 'interaction-workspace': { 'voice.auto-answer': 'false' } }],
      ['CustomAPI/test.*', { CustomAPI: { 'test.one': '1', 'test.two': '2' } }],
      ['Custom*/option.*', { CustomSection: { 'option.custom.customer.code': 'C-42', 'option.other': 'x' } }],
      [
        'interaction-workspace/interaction.case-data.*',
        {
          'interaction-workspace': {
            'interaction.case-data.frame-color': '#FFBA00',
            'interaction.case-data.header-foreground-color': '#FFFFFF',
          },
        },
      ],
      ['voice.auto-answer', { 'interaction-workspace': { 'voice.auto-answer': 'false' } }],
      ['sipendpoint.*', {}],
      ['NoSuchSection/x.*', {}],
      ['*.auto', 'invalid'],
      ['*.mark-done', 'invalid'],
      ['voi*ce.auto', 'invalid'],
      ['*', 'invalid'],
      ['*/voice.auto', 'invalid'],
      ['CustomAPI/', 'invalid'],
    ];
    for (const [pattern, expected] of wildcardCases) {
      it(`getOption('${pattern}') → ${expected === 'invalid' ? 'refused' : JSON.stringify(expected)}`, async () => {
        const result = await probe.call('configuration.getOption', [pattern]);
        if (expected === 'invalid') {
          expect(parsePattern(pattern)).to.equal(undefined);
          expect(result.error?.errorMessage).to.equal(
            `Error: Invalid option pattern '${pattern}'. Use '[Section/]option', with '*' only at the end of a word, e.g. 'voice.*' or 'CustomSection/test.*'.`,
          );
        } else {
          expect(result.data).to.deep.equal(expected);
        }
      });
    }
  });

  describe('contract: auth', () => {
    const context = ctx.useWorkspace();

    it('getJwtToken answers a real signed JWT with an ISO 8601 expiration, reused until it expires', async () => {
      const first = await context.workspace.call<JwtToken>(context.probe, 'auth.getJwtToken');
      expect(Object.keys(first).sort()).to.deep.equal(
        Object.keys(sample('auth.getJwtToken', 2537).response!['data'] as object).sort(),
      );
      expect(first.expiration).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const { payload } = await jwtVerify(first.jwtToken, context.workspace.simulator.auth.secret, {
        currentDate: new Date(context.workspace.clock.now()),
      });
      expect(payload).to.deep.include({ sub: 'ada.lovelace', employeeId: 'E1001', iss: 'wwe-kit-simulator' });
      expect(new Date(first.expiration).getTime() / 1000).to.equal(payload.exp);
      context.workspace.clock.advance(30 * 60_000);
      expect(await context.workspace.call(context.probe, 'auth.getJwtToken')).to.deep.equal(first);
      context.workspace.clock.advance(30 * 60_000);
      const renewed = await context.workspace.call<JwtToken>(context.probe, 'auth.getJwtToken');
      expect(renewed.jwtToken).to.not.equal(first.jwtToken);
      expect(new Date(renewed.expiration).getTime()).to.equal(context.workspace.clock.now() + 60 * 60_000);
    });

    it('auth.getPureCloudToken is refused clearly', async () => {
      context.workspace.host.setOptions({
        'service-client-api.accepted-web-content-origins': '* (*, auth.getPureCloudToken)',
      });
      expect((await context.probe.call('auth.getPureCloudToken')).error?.errorMessage).to.contain(
        'auth.getPureCloudToken is not supported',
      );
    });
  });
}
