/**
 * JSON Schema of `applications.gitops.kubesphere.io/v1alpha1`, generated from the one description
 * of the Application in `../application/description.ts` (written from the Go types of ks-devops
 * `pkg/api/gitops/v1alpha1`, reference §2.1), which also gives its TypeScript types and decoders.
 * The YAML editor validates and completes against it, and the wizard checks what it sends with it.
 *
 * The server decodes into those Go structs and silently drops every field they lack, so an
 * unknown field is reported as a warning ("will be dropped"), never as an error.
 */
import { application } from '../application/description';
import type { JsonSchema } from './shape';

export type { JsonSchema, JsonType } from './shape';
export { DNS_LABEL_PATTERN, SYNC_OPTION_EXAMPLES } from '../application/description';

export const APPLICATION_SCHEMA: JsonSchema = application.schema;

/**
 * The schema that applies at `path` (keys and array indexes), or `undefined` where nothing is
 * known. Map values (`labels`) and array items are followed too.
 */
export function schemaAt(path: ReadonlyArray<string | number>, root: JsonSchema = APPLICATION_SCHEMA): JsonSchema | undefined {
  let current: JsonSchema | undefined = root;
  for (const part of path) {
    if (!current) return undefined;
    if (typeof part === 'number' || current.type === 'array') {
      current = current.items;
      continue;
    }
    const next: JsonSchema | undefined = current.properties?.[part];
    if (next) current = next;
    else current = typeof current.additionalProperties === 'object' ? current.additionalProperties : current.type ? undefined : {};
  }
  return current;
}
