/**
 * The Kubernetes errors a write or a read of `applications.gitops.kubesphere.io`
 * can meet, with apimachinery's wording (k8s.io/apimachinery v0.31
 * pkg/api/errors/errors.go). Which form a message takes depends on who
 * answers: kube-apiserver names the resource (`applications.gitops.kubesphere.io`),
 * controller-runtime's informer cache names the Kind (`Application.gitops.kubesphere.io`).
 */
import { GROUP } from '../api/crd';

export class StoreError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const RESOURCE = `applications.${GROUP}`;

/** kube-apiserver (registry Store.Get/Update/Delete): NewNotFound(qualifiedResource, name). */
export const notFound = (name: string) => new StoreError(404, `${RESOURCE} "${name}" not found`);

/**
 * A Get through controller-runtime's cache: "Resource gets set as Kind in the
 * error" (controller-runtime v0.19 pkg/cache/internal/cache_reader.go L70-75).
 */
export const cacheNotFound = (name: string) => new StoreError(404, `Application.${GROUP} "${name}" not found`);

/** registry/generic/registry/store.go L713-714: NewConflict(qualifiedResource, name, OptimisticLockErrorMsg). */
export const conflict = (name: string) =>
  new StoreError(
    409,
    `Operation cannot be fulfilled on ${RESOURCE} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
  );

/**
 * The UID precondition an Update carries (rest.DefaultUpdatedObjectInfo takes
 * it from the object): storage/interfaces.go L146-151 fails it as an
 * InvalidObjError, whose Error() is the StorageError line (storage/errors.go
 * L104-107), and storage/errors/storage.go L74-75 turns it into a Conflict.
 * The key is the etcd key of a custom resource: /registry/<group>/<resource>/<ns>/<name>.
 */
export const uidConflict = (namespace: string, name: string, precondition: string, actual: string) =>
  new StoreError(
    409,
    `Operation cannot be fulfilled on ${RESOURCE} "${name}": StorageError: invalid object, Code: 4, Key: /registry/${GROUP}/applications/${namespace}/${name}, ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: ${precondition}, UID in object meta: ${actual}`,
  );

/**
 * errors.NewInvalid(kind.GroupKind(), name, errs) as rest.BeforeUpdate/BeforeCreate
 * raise it (apiserver v0.31 pkg/registry/rest/update.go L156): one error as is,
 * several as ToAggregate writes them, `[a, b]`.
 */
export function invalidMessage(name: string, errors: string[]): string {
  const detail = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
  return `Application.${GROUP} ${JSON.stringify(name)} is invalid: ${detail}`;
}

export const invalid = (name: string, errors: string[]) => new StoreError(422, invalidMessage(name, errors));

/**
 * apimachinery pkg/api/validation/objectmeta.go L120-128 (called from
 * ValidateObjectMetaAccessorUpdate L238-239 when the old object has a
 * deletionTimestamp): the new finalizers, sorted (sets.String.List), printed
 * with %#v.
 */
export function noNewFinalizers(next: unknown, old: unknown): string | undefined {
  const before = new Set(Array.isArray(old) ? old : []);
  const extra = [...new Set(Array.isArray(next) ? (next as unknown[]) : [])].filter((f) => !before.has(f)).map(String);
  if (extra.length === 0) return undefined;
  const list = extra
    .sort()
    .map((f) => JSON.stringify(f))
    .join(', ');
  return `metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{${list}}`;
}
