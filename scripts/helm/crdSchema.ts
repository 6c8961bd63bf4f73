// Validates rendered objects against the host's own CRD schemas (KubeSphere's, read from
// ../shared/reference/kubesphere-crds or KUBESPHERE_CRDS_DIR), doing what the API server does
// with a structural schema, in its order:
//   1. prune: a field the schema does not list is dropped (kept under
//      x-kubernetes-preserve-unknown-fields: true; additionalProperties validates every key);
//      a null in a field that is not nullable is dropped too;
//   2. default: `default` fills missing properties;
//   3. validate (ajv, draft-07): type, required, enum, format (byte = base64, date-time, date;
//      other formats are not checked, as the API server ignores unknown ones), pattern,
//      minLength/maxLength, minimum/maximum, min/maxItems, x-kubernetes-list-type: set.
// Each dropped field and each failure is one problem string, `<JSON path>: <what>`.
// Not covered: x-kubernetes-validations (CEL), list-type map keys, the metadata rules of
// ObjectMeta beyond its field names and label/annotation value types.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';

/** An OpenAPI v3 schema as CRDs carry it (openAPIV3Schema), with the Kubernetes extensions. */
export interface Schema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  nullable?: boolean;
  default?: unknown;
  description?: string;
  anyOf?: Schema[];
  allOf?: Schema[];
  oneOf?: Schema[];
  not?: Schema;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: 'atomic' | 'granular';
  [extension: string]: unknown;
}

export interface ManifestProblems {
  /** `Kind/name` */
  object: string;
  problems: string[];
  /** true when no loaded CRD has the object's group/version/kind (problems then says "no CRD ..."). */
  noCrd?: boolean;
}

interface K8sObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: { name?: unknown } | null;
  [k: string]: unknown;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** KUBESPHERE_CRDS_DIR, else <repo>/../shared/reference/kubesphere-crds if it exists, else undefined. */
export function findCrdRoot(): string | undefined {
  const fromEnv = process.env.KUBESPHERE_CRDS_DIR;
  if (fromEnv) return fromEnv;
  const shared = resolve(repoRoot, '..', 'shared', 'reference', 'kubesphere-crds');
  return existsSync(shared) ? shared : undefined;
}

/** The key loadCrds uses: `<group>/<version>/<Kind>` (apiVersion is `<group>/<version>`). */
export function crdKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

/**
 * Reads every CRD in the *.yaml / *.yml files directly in `dir` (not its subdirectories, so
 * pass `<root>/v4.1.3` or `<root>/master`), keyed by `<group>/<version>/<Kind>`.
 */
export function loadCrds(dir: string): Map<string, Schema> {
  const crds = new Map<string, Schema>();
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && statSync(join(dir, f)).isFile())
    .sort();
  for (const file of files) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
      const crd = doc.toJS() as {
        kind?: string;
        spec?: { group: string; names: { kind: string }; versions?: { name: string; schema?: { openAPIV3Schema?: Schema } }[] };
      } | null;
      if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) continue;
      for (const version of crd.spec.versions ?? []) {
        const schema = version.schema?.openAPIV3Schema;
        if (!schema) continue;
        const key = crdKey(`${crd.spec.group}/${version.name}`, crd.spec.names.kind);
        if (crds.has(key)) throw new Error(`${file}: ${key} is defined twice in ${dir}`);
        crds.set(key, schema);
      }
    }
  }
  return crds;
}

// ---------------------------------------------------------------------------------------------
// 1 and 2: pruning and defaulting, on a copy

const OBJECT_META_FIELDS = new Set([
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
]);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  return path ? `${path}.${name}` : name;
}

function checkObjectMeta(meta: unknown, problems: string[]): unknown {
  if (!isPlainObject(meta)) return meta; // ajv reports the type
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (!OBJECT_META_FIELDS.has(key)) {
      problems.push(`${child('metadata', key)}: unknown field, pruned (not in ObjectMeta)`);
      continue;
    }
    kept[key] = value;
  }
  for (const map of ['labels', 'annotations']) {
    const value = kept[map];
    if (value === undefined || value === null) continue;
    if (!isPlainObject(value)) problems.push(`metadata.${map}: must be a map of strings`);
    else
      for (const [k, v] of Object.entries(value))
        if (typeof v !== 'string') problems.push(`${child(`metadata.${map}`, k)}: must be a string (got ${JSON.stringify(v)})`);
  }
  return kept;
}

/** A copy of `value` as the API server would keep it; every dropped field is added to `problems`. */
function pruneAndDefault(value: unknown, schema: Schema, path: string, problems: string[], root: boolean): unknown {
  if (Array.isArray(value)) {
    if (!schema.items) return value;
    const items = schema.items;
    return value.map((item, i) =>
      item === null && !items.nullable ? item : pruneAndDefault(item, items, child(path, i), problems, false),
    );
  }
  if (!isPlainObject(value)) return value;

  const props = schema.properties;
  const additional = schema.additionalProperties;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  const embedded = schema['x-kubernetes-embedded-resource'] === true;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const at = child(path, key);
    if (root && key === 'metadata') {
      out[key] = checkObjectMeta(v, problems);
      continue;
    }
    const sub = props?.[key] ?? (isPlainObject(additional) ? additional : undefined);
    if (!sub) {
      const keptAnyway =
        preserve || additional === true || ((root || embedded) && (key === 'apiVersion' || key === 'kind' || key === 'metadata'));
      if (keptAnyway) out[key] = v;
      else problems.push(`${at}: unknown field, pruned (not in the schema)`);
      continue;
    }
    if (v === null && !sub.nullable) {
      problems.push(`${at}: null, dropped (the field is not nullable)`);
      continue;
    }
    out[key] = pruneAndDefault(v, sub, at, problems, false);
  }
  for (const [key, sub] of Object.entries(props ?? {})) {
    if (!(key in out) && sub.default !== undefined && !(root && key === 'metadata')) out[key] = structuredClone(sub.default);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3: validation with ajv, on a draft-07 translation of the schema

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
ajv.addFormat('byte', BASE64);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const KNOWN_FORMATS = new Set(['byte', 'date-time', 'date']);

/** The CRD schema in draft-07 terms; formats the API server does not check are accepted. */
function toDraft07(schema: Schema, root: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-kubernetes-') || key === 'description' || key === 'default' || key === 'example' || key === 'externalDocs')
      continue;
    if (key === 'properties' && isPlainObject(value)) {
      const props: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value as Record<string, Schema>)) {
        props[name] = toDraft07(sub, false);
      }
      out.properties = props;
    } else if ((key === 'items' || key === 'not') && isPlainObject(value)) {
      out[key] = toDraft07(value as Schema, false);
    } else if (key === 'additionalProperties' && isPlainObject(value)) {
      out[key] = toDraft07(value as Schema, false);
    } else if ((key === 'anyOf' || key === 'allOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = (value as Schema[]).map((s) => toDraft07(s, false));
    } else if (key === 'format' && typeof value === 'string') {
      if (KNOWN_FORMATS.has(value)) out.format = value;
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      // OpenAPI v3 (draft-04) booleans, made draft-07 numbers below
    } else {
      out[key] = value;
    }
  }
  if (schema.exclusiveMinimum && typeof schema.minimum === 'number') {
    out.exclusiveMinimum = schema.minimum;
    delete out.minimum;
  }
  if (schema.exclusiveMaximum && typeof schema.maximum === 'number') {
    out.exclusiveMaximum = schema.maximum;
    delete out.maximum;
  }
  if (root) {
    // ObjectMeta is validated by the API server itself, whatever the CRD says of it
    out.properties = { ...(out.properties as Record<string, unknown> | undefined), metadata: { type: 'object' } };
  }
  if (schema['x-kubernetes-int-or-string']) out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  if (schema['x-kubernetes-list-type'] === 'set') out.uniqueItems = true;
  return out;
}

const compiled = new WeakMap<Schema, ValidateFunction>();

function validatorFor(schema: Schema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(toDraft07(schema, true));
    compiled.set(schema, validate);
  }
  return validate;
}

function instancePath(pointer: string): string {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path = child(path, /^\d+$/.test(key) ? Number(key) : key);
  }
  return path;
}

function describeError(error: ErrorObject, data: unknown): string {
  const at = instancePath(error.instancePath);
  const prefix = at || '<root>';
  switch (error.keyword) {
    case 'required':
      return `${child(at, String(error.params.missingProperty))}: Required value`;
    case 'type':
      return `${prefix}: must be of type ${String(error.params.type)} (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
    case 'enum':
      return `${prefix}: must be one of ${JSON.stringify(error.params.allowedValues)} (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
    case 'format':
      return `${prefix}: must be format ${String(error.params.format)}${error.params.format === 'byte' ? ' (base64)' : ''}`;
    case 'uniqueItems':
      return `${prefix}: duplicate items (x-kubernetes-list-type: set)`;
    default:
      return `${prefix}: ${error.message ?? error.keyword}`;
  }
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    value = (value as Record<string, unknown> | undefined)?.[key];
  }
  return value;
}

/**
 * The problems the API server would have with `object` under `schema` (a CRD's
 * openAPIV3Schema): dropped fields, then validation failures of what is left, each as
 * `<JSON path>: <what>`. Empty when the object is stored as given.
 */
export function validateObject(object: unknown, schema: Schema): string[] {
  const problems: string[] = [];
  const kept = pruneAndDefault(object, schema, '', problems, true);
  const validate = validatorFor(schema);
  if (!validate(kept)) {
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      // int-or-string: the anyOf branches repeat what the anyOf error says
      if (error.schemaPath.includes('/anyOf/')) continue;
      const text = describeError(error, kept);
      if (!seen.has(text)) problems.push(text);
      seen.add(text);
    }
  }
  return problems;
}

/**
 * validateObject for each object whose group/version/kind has a CRD in `crds`; every other
 * object is reported with `noCrd: true` and the single problem `no CRD for <apiVersion>/<Kind>`.
 */
export function validateManifest(objects: readonly unknown[], crds: ReadonlyMap<string, Schema>): ManifestProblems[] {
  return objects.map((o) => {
    const object = (isPlainObject(o) ? o : {}) as K8sObject;
    const kind = typeof object.kind === 'string' ? object.kind : '<no kind>';
    const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '<no apiVersion>';
    const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '<no name>';
    const label = `${kind}/${name}`;
    const key = crdKey(apiVersion, kind);
    const schema = crds.get(key);
    if (!schema) return { object: label, problems: [`no CRD for ${key}`], noCrd: true };
    return { object: label, problems: validateObject(object, schema) };
  });
}
