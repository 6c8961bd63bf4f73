/**
 * The keys of a manifest that the server would silently drop. The KubeSphere Application is
 * ks-devops's own copy of Argo CD's, and the API server prunes every field its CRD lacks
 * (reference §9 "Unknown fields are dropped"): a manifest written for a newer Argo CD saves
 * without error and loses, say, its `helm.valuesObject`. The editor's schema carries exactly the
 * CRD's fields (pinned by `crdFields.test.ts`), so the keys it does not know are those.
 *
 * Maps whose keys are the user's own (labels, annotations, kustomize `commonLabels` and
 * `commonAnnotations`) take any key; list entries such as Helm parameters hold names as values,
 * never as keys; `spec.fluxApp` is kept as it is and `status` is ignored on write: none of
 * them is reported.
 */
import { formatPath, validateAgainstSchema, type SchemaPath } from './appSchemaValidate';

export interface DroppedKey {
  /** Where the key is: the object holding it, then the key. */
  path: SchemaPath;
  /** `spec.argoApp.spec.source.helm.valuesObject`, for messages. */
  text: string;
  /** An i18n key saying what to write instead, for fields newer Argo CD versions have. */
  hint?: DroppedKeyHint;
}

export type DroppedKeyHint =
  'GITOPS_WIZARD_DROPPED_HINT_VALUES_OBJECT' | 'GITOPS_WIZARD_DROPPED_HINT_SOURCES' | 'GITOPS_WIZARD_DROPPED_HINT_AUTOMATED';

/** Argo CD fields people copy from newer manifests, and what ks-devops takes instead. */
const HINTS: Readonly<Record<string, DroppedKeyHint>> = {
  'spec.argoApp.spec.source.helm.valuesObject': 'GITOPS_WIZARD_DROPPED_HINT_VALUES_OBJECT',
  'spec.argoApp.spec.sources': 'GITOPS_WIZARD_DROPPED_HINT_SOURCES',
  'spec.argoApp.spec.syncPolicy.automated.enabled': 'GITOPS_WIZARD_DROPPED_HINT_AUTOMATED',
};

/** The path of a dropped key with its hint, from the holding object's path and the key. */
export function droppedKey(holder: SchemaPath, field: string): DroppedKey {
  const path = [...holder, field];
  const text = formatPath(path);
  const hint = HINTS[text.replace(/\[\d+\]/g, '')];
  return hint ? { path, text, hint } : { path, text };
}

/** Every key of `manifest` the server would drop, in document order. */
export function droppedKeys(manifest: unknown): DroppedKey[] {
  return validateAgainstSchema(manifest).flatMap((issue) =>
    issue.problem.kind === 'unknown' ? [droppedKey(issue.path, issue.problem.field)] : [],
  );
}
