/**
 * The extension's objects as they sit in a KubeSphere 4.1.3 cluster after installation: what helm
 * applied (the rendered chart), plus what the InstallPlan controller and the extension webhooks do
 * to them. Sources: kubesphere/kubesphere tag v4.1.3 (`kubesphere:`).
 */

export interface KsObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
}

/** kubesphere:staging/src/kubesphere.io/api/core/v1alpha1/constants.go:L33 */
export const EXTENSION_REF = 'kubesphere.io/extension-ref';
/** kubesphere:staging/src/kubesphere.io/api/extensions/v1alpha1/constants.go:L11,L13 */
export const REVERSE_PROXY_TARGET = 'kubesphere.io/reverse-proxy-target';

/** Cluster-scoped kinds (their CRDs say `scope: Cluster`); everything else gets the release namespace. */
const CLUSTER_SCOPED = new Set([
  'JSBundle',
  'ReverseProxy',
  'APIService',
  'ExtensionEntry',
  'GlobalRole',
  'GlobalRoleBinding',
  'RoleTemplate',
  'ClusterRole',
  'ClusterRoleBinding',
  'Namespace',
  'CustomResourceDefinition',
  'WorkspaceTemplate',
  'Extension',
]);
/** Kinds whose status.state the InstallPlan controller drives (installplan_controller.go:L722-850). */
const STATEFUL = new Set(['JSBundle', 'APIService', 'ReverseProxy', 'ExtensionEntry']);

/** An object the emulator cannot accept, worded like the admission webhook or API server would. */
export class RejectedObject extends Error {}

export const group = (o: KsObject) => (o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '');
export const is = (o: KsObject, apiGroup: string, kind: string) => o.kind === kind && group(o) === apiGroup;
export const spec = <T = Record<string, unknown>>(o: KsObject) => (o.spec ?? {}) as T;
export const stateOf = (o: KsObject) => (o.status as { state?: string } | undefined)?.state;

/**
 * Applies to the rendered chart what installation does:
 * - helm installs into the target namespace `extension-<name>` (installplan_controller.go:L272), so a
 *   namespaced object without a namespace lands there;
 * - the InstallPlan controller labels every object kubesphere.io/extension-ref=<name>
 *   (helm.SetLabels, installplan_controller.go:L1145);
 * - the JSBundle mutating webhook defaults status.link to /dist/<extension-ref>/index.js when empty
 *   (kubesphere:pkg/controller/extension/jsbundle_webhook.go:L53-60); the validating webhook requires
 *   the /dist/<extension-ref> prefix and a unique link (L74-92); the ReverseProxy one rejects a matcher
 *   overlapping another's (reverseproxy_webhook.go:L54-76). The CRDs have no status subresource, so a
 *   status written in the manifest is kept;
 * - syncJSBundleStatus / syncAPIServiceStatus / syncReverseProxyStatus / syncExtensionEntryStatus set
 *   status.state Available when the plan is enabled, Disabled otherwise, on every labelled object
 *   (installplan_controller.go:L734-737, L768-771, L801-804, L834-837).
 * Throws RejectedObject where the cluster would refuse the chart.
 */
export function installed(objects: KsObject[], extension: string, enabled: boolean): KsObject[] {
  const result = objects.map((o) => {
    const copy = structuredClone(o);
    copy.metadata.labels = { ...copy.metadata.labels, [EXTENSION_REF]: extension };
    if (!CLUSTER_SCOPED.has(copy.kind) && !copy.metadata.namespace) copy.metadata.namespace = `extension-${extension}`;
    if (copy.kind === 'JSBundle') {
      const status = { ...(copy.status as object) } as { link?: string };
      if (!status.link) status.link = `/dist/${extension}/index.js`;
      copy.status = status;
    }
    if (STATEFUL.has(copy.kind)) copy.status = { ...(copy.status as object), state: enabled ? 'Available' : 'Disabled' };
    validate(copy);
    return copy;
  });
  const bundles = result.filter((o) => o.kind === 'JSBundle');
  for (const b of bundles) {
    const link = (b.status as { link: string }).link;
    if (!link.startsWith(`/dist/${extension}`))
      throw new RejectedObject(`JSBundle ${b.metadata.name}: the prefix of status.link must be in the format /dist/${extension}/`);
    if (bundles.some((o) => o !== b && (o.status as { link: string }).link === link))
      throw new RejectedObject(`JSBundle ${link} is already exists`);
  }
  const proxies = result.filter((o) => o.kind === 'ReverseProxy');
  for (const p of proxies) {
    const m = spec<{ matcher: { method: string; path: string } }>(p).matcher;
    for (const other of proxies) {
      const o = spec<{ matcher: { method: string; path: string } }>(other).matcher;
      if (other === p || (o.method !== m.method && o.method !== '*')) continue;
      if (o.path === m.path || (o.path.endsWith('*') && m.path.startsWith(o.path.replace(/\*+$/, '')))) {
        throw new RejectedObject(`ReverseProxy {${m.path} ${m.method}} is already exists`);
      }
    }
  }
  return result;
}

/** The required fields of the 4.1.3 CRDs (shared/reference/kubesphere-crds/v4.1.3) for the kinds the emulator reads. */
function validate(o: KsObject): void {
  const fail = (what: string) => {
    throw new RejectedObject(`${o.kind} "${o.metadata.name}" is invalid: ${what}: Required value`);
  };
  if (is(o, 'iam.kubesphere.io', 'GlobalRole') || is(o, 'iam.kubesphere.io', 'ClusterRole')) {
    if (!Array.isArray(o.rules)) fail('rules');
    (o.rules as { verbs?: unknown }[]).forEach((r, i) => Array.isArray(r.verbs) || fail(`rules[${i}].verbs`));
  }
  if (is(o, 'iam.kubesphere.io', 'GlobalRoleBinding') || is(o, 'iam.kubesphere.io', 'ClusterRoleBinding')) {
    const ref = o.roleRef as Record<string, unknown> | undefined;
    if (!ref) fail('roleRef');
    for (const f of ['apiGroup', 'kind', 'name']) if (typeof ref![f] !== 'string') fail(`roleRef.${f}`);
    ((o.subjects ?? []) as Record<string, unknown>[]).forEach((s, i) =>
      ['kind', 'name'].forEach((f) => typeof s[f] === 'string' || fail(`subjects[${i}].${f}`)),
    );
  }
  if (o.kind === 'ReverseProxy') {
    const m = spec<{ matcher?: { method?: string; path?: string } }>(o).matcher;
    if (typeof m?.method !== 'string') fail('spec.matcher.method');
    if (typeof m?.path !== 'string') fail('spec.matcher.path');
  }
  if (o.kind === 'JSBundle') {
    const rawFrom = spec<{ rawFrom?: Record<string, Record<string, unknown> | undefined> }>(o).rawFrom ?? {};
    for (const ref of ['configMapKeyRef', 'secretKeyRef']) {
      for (const f of ['key', 'namespace']) if (rawFrom[ref] && typeof rawFrom[ref]![f] !== 'string') fail(`spec.rawFrom.${ref}.${f}`);
    }
  }
  const rego = o.metadata.annotations?.['iam.kubesphere.io/rego-override'];
  if (rego !== undefined && ['GlobalRole', 'ClusterRole', 'RoleTemplate'].includes(o.kind)) {
    throw new RejectedObject(
      `${o.kind} "${o.metadata.name}": iam.kubesphere.io/rego-override is not emulated (rbac.go:L46 would evaluate it with OPA)`,
    );
  }
}

/** The controller-runtime cache Get by namespace/name (jsbundle.go:L124, L143). */
export function find(objects: KsObject[], kind: string, name: string, namespace?: string): KsObject | undefined {
  return objects.find(
    (o) => o.kind === kind && group(o) === '' && o.metadata.name === name && (o.metadata.namespace ?? '') === (namespace ?? ''),
  );
}

/**
 * A []byte field: JSON carries it base64-encoded and Go decodes it when the object is read
 * (encoding/json), strictly (StdEncoding, padding required).
 */
export function bytesField(value: unknown): Buffer {
  const s = String(value ?? '').replace(/[\r\n]/g, '');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s))
    throw new RejectedObject(`illegal base64 data in a []byte field`);
  return Buffer.from(s, 'base64');
}

/** metav1.LabelSelector matching (matchLabels and matchExpressions), for aggregationRoleTemplates. */
export function selectorMatches(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] },
  labels: Record<string, string> = {},
): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  return (
    byLabels &&
    (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
      if (operator === 'In') return key in labels && values.includes(labels[key]);
      if (operator === 'NotIn') return !(key in labels) || !values.includes(labels[key]);
      if (operator === 'Exists') return key in labels;
      if (operator === 'DoesNotExist') return !(key in labels);
      return false;
    })
  );
}
