/**
 * The part of kube-apiserver's ObjectMeta validation a client can trip over
 * (names, label keys and values), with apimachinery's messages, returned as
 * the 422 text ks-devops relays.
 */
import { dns1123SubdomainError, stringMap, type Loose } from '../core/util';
import { invalidMessage } from '../sim/apierrors';

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const LABEL_VALUE_ERROR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const NAME_PART_ERROR =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

function labelKeyError(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) return NAME_PART_ERROR;
  const name = parts[parts.length - 1];
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) return NAME_PART_ERROR;
  if (parts.length === 2 && (parts[0].length === 0 || dns1123SubdomainError(parts[0])))
    return 'prefix part ' + (dns1123SubdomainError(parts[0]) ?? 'must be non-empty');
  return undefined;
}

const quote = (s: string) => JSON.stringify(s);

/** ValidateObjectMetaAccessor's field errors for names and labels (empty when valid). */
export function metaErrors(meta: Record<string, Loose>): string[] {
  const errors: string[] = [];
  if (!meta.name && !meta.generateName) errors.push('metadata.name: Required value: name or generateName is required');
  else if (meta.name) {
    const err = dns1123SubdomainError(meta.name);
    if (err) errors.push(`metadata.name: Invalid value: ${quote(meta.name)}: ${err}`);
  }
  for (const [key, value] of Object.entries(stringMap(meta.labels))) {
    const keyErr = labelKeyError(key);
    if (keyErr) errors.push(`metadata.labels: Invalid value: ${quote(key)}: ${keyErr}`);
    if (value.length > 63) errors.push(`metadata.labels: Invalid value: ${quote(value)}: must be no more than 63 characters`);
    else if (!LABEL_VALUE.test(value)) errors.push(`metadata.labels: Invalid value: ${quote(value)}: ${LABEL_VALUE_ERROR}`);
  }
  return errors;
}

/** Returns the 422 message for an invalid Application, or undefined. */
export function validateMeta(meta: Record<string, Loose>): string | undefined {
  const errors = metaErrors(meta);
  return errors.length === 0 ? undefined : invalidMessage(meta.name ?? '', errors);
}
