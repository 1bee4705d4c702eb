/** What the custom elements manifest gives to React users (JSX typings) and to VS Code (HTML custom data). */

interface Attribute { name: string; description?: string; type?: { text: string } }
interface Event { name: string; description?: string; type?: { text: string } }
interface Declaration {
  kind: string; name: string; tagName?: string; customElement?: boolean; summary?: string; description?: string;
  attributes?: Attribute[]; events?: Event[];
}
export interface Manifest { modules: Array<{ path: string; declarations?: Declaration[] }> }

const elementsOf = (manifest: Manifest) => manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ declaration, path: module.path })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.declaration.tagName!.localeCompare(b.declaration.tagName!));

const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** JSX typings: every tag with its attributes and `on<Event>` handlers, for React 19's custom element support. */
export function jsxTypings(manifest: Manifest): string {
  const lines = [
    '// Generated from custom-elements.json by `npm run manifest`. Do not edit.',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    ...elementsOf(manifest).map(({ declaration, path }) =>
      `import type { ${declaration.name} } from './${path.replace(/^packages\/elements\//, '').replace(/\.ts$/, '.js')}';`),
    '',
    'type Element<T, Attributes> = DetailedHTMLProps<HTMLAttributes<T>, T> & Partial<Attributes>;',
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
  ];
  for (const { declaration } of elementsOf(manifest)) {
    const attributes = (declaration.attributes ?? []).map((attribute) =>
      `${JSON.stringify(attribute.name)}: ${attribute.type?.text?.includes('number') ? 'number | string' : attribute.type?.text?.includes('boolean') ? 'boolean' : 'string'}`);
    const events = (declaration.events ?? []).map((event) => `${JSON.stringify(`on${camel(event.name)}`)}: (event: ${event.type?.text ?? 'Event'}) => void`);
    lines.push(`      /** ${declaration.summary ?? declaration.name} */`);
    lines.push(`      ${JSON.stringify(declaration.tagName)}: Element<${declaration.name}, { ${[...attributes, ...events].join('; ')} }>;`);
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
      attributes: (declaration.attributes ?? []).map((attribute) => ({ name: attribute.name, description: attribute.description ?? '' })),
    })),
  };
}
