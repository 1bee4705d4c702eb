/** What the custom elements manifest gives to React users (JSX typings) and to VS Code (HTML custom data). */

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
  fieldName?: string;
}
interface Event {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Member {
  kind: string;
  name: string;
  description?: string;
  type?: { text: string };
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  events?: Event[];
  members?: Member[];
}
export interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

const elementsOf = (manifest: Manifest) =>
  manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ declaration, path: module.path })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.declaration.tagName!.localeCompare(b.declaration.tagName!));

/** One JSX prop: its name, its type, and what the hover in an editor says. */
interface Prop {
  name: string;
  type: string;
  description: string;
}

/**
 * The props React 19 hands over to this element, named and typed the way react-dom applies them
 * (`setPropOnCustomElement` in react-dom-client): a prop whose name is a property of the element is
 * assigned to that property; any other is set as an attribute (true as "", false removes it).
 */
function propsOf(declaration: Declaration): Prop[] {
  const props = new Map<string, Prop>();
  const property = (member: Member): Prop => ({
    name: member.name,
    type: `${declaration.name}[${JSON.stringify(member.name)}]`,
    description: member.description ?? '',
  });
  for (const attribute of declaration.attributes ?? []) {
    const description = attribute.description ?? '';
    const field = (declaration.members ?? []).find(
      (member) => member.kind === 'field' && member.name === attribute.fieldName,
    );
    if (field && field.name === attribute.name) {
      // Same name: React finds the property and assigns the value as is, with no attribute converter;
      // so `buttons` takes a string[] and `width` a number, not their attribute spellings.
      props.set(attribute.name, { ...property(field), description });
      continue;
    }
    // A dash-case name is no property: React sets the attribute, which the element converts.
    const text = attribute.type?.text ?? '';
    const type = text === 'boolean' ? 'boolean' : text.includes('number') ? 'number | string' : 'string';
    props.set(attribute.name, { name: attribute.name, type, description });
    if (field)
      props.set(field.name, {
        ...property(field),
        description: field.description || `The \`${attribute.name}\` attribute, as a property.`,
      });
  }
  // Other public properties the element documents (@prop) and lets pages set. The elements mark the
  // ones that only report, such as `toastId`, "(read-only)".
  for (const member of declaration.members ?? []) {
    const settable =
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      !member.privacy &&
      !member.name.startsWith('#') &&
      member.description &&
      !member.description.includes('(read-only)');
    if (settable && !props.has(member.name)) props.set(member.name, property(member));
  }
  // `on` + the event name, verbatim: React adds a listener for `key.slice(2)`, case and dashes kept.
  for (const event of declaration.events ?? []) {
    props.set(`on${event.name}`, {
      name: `on${event.name}`,
      type: `(event: WweEventOf<${JSON.stringify(event.name)}>) => void`,
      description: event.description ?? '',
    });
  }
  return [...props.values()];
}

const docComment = (text: string, indent: string) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/** JSX typings: every tag with the props React 19 passes to it, its properties, attributes and `on<event-name>` listeners. */
export function jsxTypings(manifest: Manifest): string {
  const lines = [
    '// Generated from custom-elements.json by `npm run manifest`. Do not edit.',
    '//',
    '// React 19 JSX typings for the wwe-kit elements. React 19 passes a prop to a custom element this way',
    '// (react-dom, setPropOnCustomElement): `on` + the event name listens to that event, so the',
    '// `wwe-toast-button` event is `onwwe-toast-button`; a prop the element has as a property is assigned to',
    "// the property (`buttons={['Call now', 'Later']}`); any other prop becomes an attribute",
    '// (`icon-url="…"`). Import the define modules (`@wwe-kit/elements/define/<name>`) before React renders:',
    '// an element not yet defined has none of its properties, and React would set attributes instead.',
    "// Bring them in with a type-only import, which leaves nothing in the bundle: `import type {} from '@wwe-kit/elements/jsx';`.",
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    ...elementsOf(manifest).map(
      ({ declaration, path }) =>
        `import type { ${declaration.name} } from './${path.replace(/^packages\/elements\//, '').replace(/\.ts$/, '.js')}';`,
    ),
    '',
    '/** The event an element declares for `name` in the global event map (`declare global`), else a plain Event. */',
    'type WweEventOf<Name extends string> = Name extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Name] : Event;',
    '',
    "/** React's props for any element, with this element's own props in place of any of the same name. */",
    "// (Wwe-prefixed: inside `declare module 'react'` a name like `Element` would resolve to React's JSX.Element.)",
    'type WweProps<T, Own> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, keyof Own> & Partial<Own>;',
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
  ];
  for (const { declaration } of elementsOf(manifest)) {
    lines.push(
      `${docComment(declaration.summary ?? declaration.name, '      ')}      ${JSON.stringify(declaration.tagName)}: WweProps<${declaration.name}, {`,
    );
    for (const prop of propsOf(declaration))
      lines.push(`${docComment(prop.description, '        ')}        ${JSON.stringify(prop.name)}: ${prop.type};`);
    lines.push('      }>;');
  }
  lines.push('    }', '  }', '}', '');
  return lines.join('\n');
}

/** VS Code HTML custom data (`html.customData`): tags, descriptions and attributes. */
export function vscodeCustomData(manifest: Manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map(({ declaration }) => ({
      name: declaration.tagName,
      description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
      })),
    })),
  };
}
