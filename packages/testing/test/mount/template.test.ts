// The serialiser that turns a Lit template into the markup the mount frame renders.
import { expect } from '@open-wc/testing';
import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { serialiseTemplate } from '../../src/mount/index.js';

describe('serialiseTemplate', () => {
  it('writes values in as escaped text, in text and attribute positions', () => {
    const name = `Ada "<b>" & co`;
    expect(serialiseTemplate(html`<p title=${name}>${name} ${42} ${null}${undefined}</p>`)).to.equal(
      '<p title="Ada &#34;&#60;b&#62;&#34; &#38; co">Ada &#34;&#60;b&#62;&#34; &#38; co 42 </p>',
    );
    expect(serialiseTemplate(html`<p title="${name}">x</p>`)).to.equal(
      '<p title="Ada &#34;&#60;b&#62;&#34; &#38; co">x</p>',
    );
  });

  it('writes nested templates and lists of them', () => {
    const items = ['a', 'b'];
    expect(serialiseTemplate(html`<ul>${items.map((item) => html`<li id=${item}>${item}</li>`)}</ul>`)).to.equal(
      '<ul><li id="a">a</li><li id="b">b</li></ul>',
    );
    expect(serialiseTemplate(html`<div>${svg`<circle r=${2}></circle>`}</div>`)).to.equal(
      '<div><circle r="2"></circle></div>',
    );
  });

  it('writes a boolean attribute present or absent, and drops an attribute bound to nothing', () => {
    expect(serialiseTemplate(html`<input ?disabled=${true} ?required=${false} />`)).to.equal('<input disabled  />');
    expect(serialiseTemplate(html`<input ?disabled="${false}" name="x" />`)).to.equal('<input  name="x" />');
    expect(serialiseTemplate(html`<p title=${nothing} id="a">${nothing}</p>`)).to.equal('<p  id="a"></p>');
  });

  it('refuses what only a Lit render of this window can make, naming the binding', () => {
    expect(() => serialiseTemplate(html`<my-card .data=${{ a: 1 }}></my-card>`)).to.throw(
      /the value of \.data= \(binding 1\) is a Lit property binding/,
    );
    expect(() => serialiseTemplate(html`<button @click=${() => 1}>Go</button>`)).to.throw(/@click=.*event binding/);
    expect(() => serialiseTemplate(html`<p>${() => 1}</p>`)).to.throw(/binding 1\) is a function/);
    expect(() => serialiseTemplate(html`<p>${{ a: 1 }}</p>`)).to.throw(/is an object, which cannot cross/);
    expect(() => serialiseTemplate(html`<ul>${repeat([1], (n) => html`<li>${n}</li>`)}</ul>`)).to.throw(
      /is a Lit directive/,
    );
  });
});
