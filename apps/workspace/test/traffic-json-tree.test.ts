import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { jsonTree, MAX_NODES } from '../src/inspector/json-tree.js';

/** A list of `length` numbers that counts how many of its items are read. */
function countedList(length: number) {
  const counter = { read: 0 };
  const list = new Proxy(
    Array.from({ length }, (_, index) => index),
    {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) counter.read += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    },
  );
  return { list, counter };
}

describe('JSON tree', () => {
  const places: HTMLElement[] = [];
  const place = () => {
    const element = document.createElement('div');
    document.body.append(element);
    places.push(element);
    return element;
  };
  afterEach(() => {
    for (const element of places.splice(0)) element.remove();
  });

  it('stops reading a large list once its node budget is spent, and counts the rest', () => {
    const { list, counter } = countedList(100_000);
    const container = place();
    render(jsonTree(list, 'data'), container);
    expect(counter.read).to.be.at.most(MAX_NODES);
    expect(container.querySelectorAll('li:not(.wk-json-more)')).to.have.length(MAX_NODES);
    expect(container.querySelector('summary')!.textContent).to.contain('[100000]');
    expect(container.querySelector('.wk-json-more')!.textContent).to.equal(
      `${100_000 - (MAX_NODES - 1)} more not shown; Export keeps them all.`,
    );
  });

  it('builds the tree of a value once: redrawn, or drawn in another place, it reads nothing again', () => {
    const { list, counter } = countedList(1_000);
    const container = place();
    render(html`<section>${jsonTree(list, 'data')}</section>`, container);
    const read = counter.read;
    expect(read).to.be.greaterThan(0);
    render(html`<section>${jsonTree(list, 'data')}</section>`, container);
    render(jsonTree(list, 'data'), place());
    expect(counter.read).to.equal(read);
    // Another label is another tree.
    render(jsonTree(list, 'envelope'), place());
    expect(counter.read).to.be.greaterThan(read);
  });
});
