import { styleMap } from 'lit/directives/style-map.js';

/** The `--up-*` args that have a value, as a `styleMap` for the element they theme. */
export function cssVars(args: object) {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--') && typeof value === 'string' && value.trim()) style[name] = value;
  }
  return styleMap(style);
}
