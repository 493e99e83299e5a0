import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifest from 'virtual:custom-elements-manifest';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
}
interface Member extends Described {
  kind?: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  return?: { type?: { text?: string } };
}
/** One class declaration of `custom-elements.json` (schema 2.x), as far as the docs use it. */
export interface ElementDeclaration extends Described {
  tagName?: string;
  members?: Member[];
  attributes?: (Described & { fieldName?: string })[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

/** The declaration of the element registered as `tag`. */
export function declarationOf(tag: string): ElementDeclaration | undefined {
  for (const module of (manifest as { modules?: { declarations?: ElementDeclaration[] }[] }).modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

/** The control a value of this TypeScript type gets: boolean, number, a select of string literals, text or JSON. */
function controlFor(typeText = ''): Pick<InputType, 'control' | 'options'> {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length && parts.every((part) => part === 'boolean')) return { control: { type: 'boolean' } };
  if (parts.length && parts.every((part) => part === 'number')) return { control: { type: 'number' } };
  if (parts.length && parts.every((part) => /^'.*'$/.test(part))) {
    return { control: { type: 'select' }, options: parts.map((part) => part.slice(1, -1)) };
  }
  if (parts.length && parts.every((part) => part === 'string')) return { control: { type: 'text' } };
  if (parts.some((part) => part.includes('=>'))) return { control: false };
  return { control: { type: 'object' } };
}

const text = (item: Described) => [item.summary, item.description].filter(Boolean).join('\n\n');

/**
 * Arg types for the Docs table and the Controls panel, from the manifest. Unlike Storybook's
 * default (one flat map keyed by name, where a part called `label` hides the `label`
 * attribute), every entry has its own key:
 * - each public property once, shown under its attribute name when it has one ("attributes"),
 *   otherwise under "properties" (set from JavaScript only), with a control for its type;
 * - events, slots, CSS shadow parts and public methods, documented without a control;
 * - CSS custom properties, with a colour or text control that stories apply to the element.
 */
export function extractArgTypes(tag: string): ArgTypes | null {
  const declaration = declarationOf(tag);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  const attributeOf = new Map((declaration.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName!, a]));
  const fieldNames = new Set<string>();
  for (const member of declaration.members ?? []) {
    const hidden = member.privacy === 'private' || member.privacy === 'protected' || member.static
      || member.name.startsWith('_') || member.name.startsWith('#');
    if (hidden) continue;
    if (member.kind === 'method') {
      argTypes[`method:${member.name}`] = {
        name: `${member.name}()`, description: text(member), control: false,
        table: { category: 'methods', type: { summary: member.return?.type?.text ?? 'void' } },
      };
      continue;
    }
    fieldNames.add(member.name);
    const attribute = attributeOf.get(member.name)?.name ?? member.attribute;
    const note = attribute ? `Property \`${member.name}\`, attribute \`${attribute}\`.` : `Property \`${member.name}\` (no attribute: set it from JavaScript).`;
    argTypes[member.name] = {
      name: attribute ?? member.name,
      description: [text(member), note].filter(Boolean).join('\n\n'),
      ...(member.readonly ? { control: false } : controlFor(member.type?.text)),
      table: {
        category: attribute ? 'attributes' : 'properties',
        type: { summary: member.type?.text ?? 'unknown' },
        ...(member.default !== undefined ? { defaultValue: { summary: member.default } } : {}),
        ...(member.readonly ? { readonly: true } : {}),
      },
    };
  }
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.fieldName && fieldNames.has(attribute.fieldName)) continue;
    argTypes[`attribute:${attribute.name}`] = {
      name: attribute.name, description: text(attribute), ...controlFor(attribute.type?.text),
      table: { category: 'attributes', type: { summary: attribute.type?.text ?? 'string' } },
    };
  }
  for (const event of declaration.events ?? []) {
    argTypes[`event:${event.name}`] = {
      name: event.name, description: text(event), control: false,
      table: { category: 'events', type: { summary: event.type?.text ?? 'CustomEvent' } },
    };
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name}`] = {
      name: slot.name || '(default)', description: text(slot), control: false, table: { category: 'slots' },
    };
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = {
      name: `::part(${part.name})`, description: text(part), control: false, table: { category: 'css shadow parts' },
    };
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: text(property),
      control: { type: /color/.test(property.name) ? 'color' : 'text' },
      table: {
        category: 'css custom properties',
        ...(property.default !== undefined ? { defaultValue: { summary: property.default } } : {}),
      },
    };
  }
  return argTypes;
}

/** The element's summary and description, for the top of its Docs page. */
export function extractComponentDescription(tag: string): string | null {
  const declaration = declarationOf(tag);
  return declaration ? text(declaration) : null;
}
