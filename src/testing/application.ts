/**
 * Applications for an emulator seed's `objects`, as a user creates them: the emulator's
 * controllers and Argo CD give them their status. Never imported by shipped code.
 */
import { EXAMPLE_REPO } from '../../mocks/emulator/seeds/context';

export interface ApplicationSpec {
  name: string;
  /** Default `demo-project` on `host`. */
  namespace?: string;
  cluster?: string;
  /** The source path: `guestbook` by default; keywords choose what the simulated Argo CD does (see the emulator's README). */
  path?: string;
  repoURL?: string;
  /** Auto-sync (the app is deployed once the emulator settles); default manual. */
  automated?: boolean;
  alias?: string;
  description?: string;
  annotations?: Record<string, string>;
  /** Leave out the `argocd-location` label, as `kubectl apply` of a bare manifest would (the controller then ignores it). */
  noLocation?: boolean;
  /** Creation time (the list's default order); the emulator's clock by default. */
  created?: string;
}

/** An Application as a user creates it (no status), for a seed's `objects`; the emulator's controllers do the rest. */
export function application(spec: ApplicationSpec): Record<string, unknown> {
  const namespace = spec.namespace ?? 'demo-project';
  const annotations: Record<string, string> = { ...spec.annotations };
  if (spec.alias) annotations['kubesphere.io/alias-name'] = spec.alias;
  if (spec.description) annotations['kubesphere.io/description'] = spec.description;
  return {
    ...(spec.cluster ? { cluster: spec.cluster } : {}),
    metadata: {
      name: spec.name,
      namespace,
      labels: spec.noLocation ? {} : { 'gitops.kubesphere.io/argocd-location': 'argocd' },
      annotations,
      ...(spec.created ? { creationTimestamp: spec.created } : {}),
    },
    spec: {
      kind: 'argocd',
      argoApp: {
        spec: {
          project: namespace,
          source: { repoURL: spec.repoURL ?? EXAMPLE_REPO, targetRevision: 'HEAD', path: spec.path ?? 'guestbook' },
          destination: { server: 'https://kubernetes.default.svc', namespace: spec.name },
          syncPolicy: { ...(spec.automated ? { automated: { prune: true, selfHeal: true } } : {}), syncOptions: ['CreateNamespace=true'] },
        },
      },
    },
  };
}
