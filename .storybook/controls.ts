// Controls that do something for what the manifest lists. Storybook's web-components framework
// gives every event, and every property whose type is not a bare `string`, `number` or
// `boolean`, an object control ("Set object") that a story never reads. Here: events get no
// control (the story's `on…` action logs them), a union of string literals gets a select of its
// values, the bare types their own controls, and anything else (data providers, records,
// functions) no control, unless it is an attribute (text, whatever its type); the docs table still lists each with its type. A story's own `control`
// wins.

import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, InputType } from 'storybook/internal/types';

type Control = InputType['control'];

const LITERAL = /^'([^']*)'$/;

/**
 * The control for a manifest type text such as `'list' | 'cards'` or `number | undefined`. An
 * attribute's value is text whatever its type, so an attribute of another type gets a text
 * control; a property of another type (an object, a function, a named type) gets none.
 */
export function controlFor(typeText: string | undefined, attribute = false): Control {
  const members = (typeText ?? '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
  const other: Control = attribute ? { type: 'text' } : false;
  if (members.length === 0) return other;
  if (members.every((member) => LITERAL.test(member))) {
    return { type: 'select', options: members.map((member) => member.replace(LITERAL, '$1')) };
  }
  if (members.length > 1) return other;
  switch (members[0]) {
    case 'string':
      return { type: 'text' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    default:
      return other;
  }
}

/** Sets the control of every event, property and attribute that has none of its own. */
export const controlsEnhancer: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) => {
  const out: typeof argTypes = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (argType.control !== undefined || !category) out[key] = argType;
    else if (category === 'events') out[key] = { ...argType, control: false };
    else if (category === 'properties' || category === 'attributes') {
      const type = argType.table?.type?.summary;
      out[key] = { ...argType, control: controlFor(type, category === 'attributes') };
    } else out[key] = argType;
  }
  return out;
};
