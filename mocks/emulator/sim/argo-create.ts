/**
 * What kube-apiserver answers when the ApplicationReconciler creates an
 * `argoproj.io` Application, in the order it checks: the namespace must exist
 * (NamespaceLifecycle admission), then the object is validated, then the name
 * must be free. The error texts are those of apimachinery, which the
 * controller puts verbatim into its `FailedWithArgoCD` event.
 */

const ARGO_KIND = 'Application.argoproj.io';

/** LabelValueMaxLength (apimachinery v0.31 pkg/util/validation/validation.go L159). */
const LABEL_VALUE_MAX = 63;

export interface ArgoCreateRequest {
  name: string;
  namespace: string;
  labels: Record<string, string>;
}

/**
 * The error of the Create call, or undefined when it succeeds.
 *
 * Labels: the custom resource validator runs ValidateObjectMetaAccessor
 * (apiextensions-apiserver pkg/registry/customresource/validator.go), which
 * runs ValidateLabels on metadata.labels (apimachinery v0.31
 * pkg/api/validation/objectmeta.go L188; pkg/apis/meta/v1/validation/validation.go
 * L111-120). IsValidLabelValue (pkg/util/validation/validation.go L166-175)
 * reports MaxLenError "must be no more than 63 characters" (L476-478) for a
 * longer value; Kubernetes 1.35 words it "63 bytes". The error is
 * `field.Invalid(metadata.labels, value, msg)`, printed as
 * `metadata.labels: Invalid value: "<value>": <msg>` (pkg/util/validation/field/errors.go
 * L41-97), inside NewInvalid's `<Kind.group> "<name>" is invalid: <errors>`
 * (pkg/api/errors/errors.go L282-309; several errors are listed in brackets).
 *
 * The only value the controller can get wrong is `application-name`: it is the
 * KubeSphere name (up to 253 characters), while the other labels are short
 * constants, the namespace, or copies of labels kube-apiserver already
 * accepted on the KubeSphere object. So the regular-expression check of a
 * label value cannot fail here and is left out.
 */
export function argoCreateError(
  request: ArgoCreateRequest,
  instanceNamespace: string | undefined,
  exists: (name: string) => boolean,
): string | undefined {
  if (request.namespace !== instanceNamespace) return `namespaces "${request.namespace}" not found`;
  const errors: string[] = [];
  for (const value of Object.values(request.labels)) {
    if (value.length > LABEL_VALUE_MAX)
      errors.push(`metadata.labels: Invalid value: ${JSON.stringify(value)}: must be no more than ${LABEL_VALUE_MAX} characters`);
  }
  if (errors.length > 0) {
    const detail = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
    return `${ARGO_KIND} ${JSON.stringify(request.name)} is invalid: ${detail}`;
  }
  // The registry answers NewAlreadyExists (apimachinery pkg/api/errors/errors.go L159-170): group resource, not kind.
  if (exists(request.name)) return `applications.argoproj.io "${request.name}" already exists`;
  return undefined;
}
