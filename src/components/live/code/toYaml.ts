import { stringify } from 'yaml';

/**
 * An object as YAML the way kubectl prints it: keys in the server's order, long strings kept on
 * one line (a folded line would read as a change in a diff), no aliases.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}
