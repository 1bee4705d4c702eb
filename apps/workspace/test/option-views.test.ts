import { expect } from '@open-wc/testing';
import { readOptionData } from '@wwe-kit/host';
import { readViews } from '../src/option-views.js';

const read = (yaml: string) => readViews(readOptionData(yaml));

describe('views from option data', () => {
  it('reads both lists with label, url and mode, workspace-level first', () => {
    const { views, problems } = read(`
interaction-workspace:
  interaction.web-content: Crm, Lookup
  workspace.web-content: Search
Crm: { label: CRM, url: 'http://127.0.0.1:5174/tab/?id=$Interaction.Id$' }
Lookup: { label: Lookup, url: 'http://127.0.0.1:5174/background/', mode: Background }
Search: { url: 'http://127.0.0.1:5174/popup/', mode: popup }
`);
    expect(problems).to.deep.equal([]);
    expect(views).to.deep.equal([
      { section: 'Search', label: 'Search', url: 'http://127.0.0.1:5174/popup/', mode: 'popup', level: 'workspace' },
      {
        section: 'Crm',
        label: 'CRM',
        url: 'http://127.0.0.1:5174/tab/?id=$Interaction.Id$',
        mode: 'tab',
        level: 'interaction',
      },
      {
        section: 'Lookup',
        label: 'Lookup',
        url: 'http://127.0.0.1:5174/background/',
        mode: 'background',
        level: 'interaction',
      },
    ]);
  });

  it('leaves out, and explains, a missing section, a missing or relative url and an unknown mode', () => {
    const { views, problems } = read(`
interaction-workspace:
  interaction.web-content: Missing,NoUrl,Relative,Odd,Good
NoUrl: { label: No url }
Relative: { url: /tab/ }
Odd: { url: 'https://crm.example.com/', mode: sidebar }
Good: { url: 'https://crm.example.com/' }
`);
    expect(views.map((view) => view.section)).to.deep.equal(['Good']);
    expect(problems).to.have.length(4);
    expect(problems[0]).to.match(
      /lists 'Missing', but there is no section 'Missing'\. Add it with label, url and mode/,
    );
    expect(problems[1]).to.match(/Section 'NoUrl' has no url\. Add url:/);
    expect(problems[2]).to.match(/'\/tab\/', which is not an http\(s\) address/);
    expect(problems[3]).to.match(/mode 'sidebar'\. Use one of tab, popup, background, hidden/);
  });

  it('shows a section listed twice once, and nothing when no list is set', () => {
    expect(
      read(`
interaction-workspace: { interaction.web-content: 'A,A' }
A: { url: 'https://a.example.com/' }
`).views,
    ).to.have.length(1);
    expect(read('interaction-workspace: {}').views).to.deep.equal([]);
  });
});
