/**
 * Go types of `applications.gitops.kubesphere.io` (ks-devops
 * pkg/api/gitops/v1alpha1/application.go) and of the sync request body, as
 * json-tag schemas. Field order follows the Go structs so encoded output
 * matches the real server byte for byte; "always" fields in the reference are
 * `f`, optional ones `o` (omitempty) or `p` (pointer).
 */
import { any, bool, f, int64, mapOf, o, p, sliceOf, str, struct, time, type GoType } from '../core/schema';

const v1 = (name: string, fields: Parameters<typeof struct>[2]) => struct('v1', name, fields);
const ks = (name: string, fields: Parameters<typeof struct>[2]) => struct('v1alpha1', name, fields);

const strings = sliceOf(str, '[]string');
const stringMap = mapOf(str, 'map[string]string');

const OwnerReference = v1('OwnerReference', () => [
  f('apiVersion', str),
  f('kind', str),
  f('name', str),
  f('uid', str),
  p('controller', bool),
  p('blockOwnerDeletion', bool),
]);

export const ObjectMeta = v1('ObjectMeta', () => [
  o('name', str),
  o('generateName', str),
  o('namespace', str),
  o('selfLink', str),
  o('uid', str),
  o('resourceVersion', str),
  o('generation', int64),
  o('creationTimestamp', time),
  p('deletionTimestamp', time),
  p('deletionGracePeriodSeconds', int64),
  o('labels', stringMap),
  o('annotations', stringMap),
  o('ownerReferences', sliceOf(OwnerReference, '[]v1.OwnerReference')),
  o('finalizers', strings),
  o('managedFields', sliceOf(any, '[]v1.ManagedFieldsEntry')),
]);

const NameValue = (name: string) => ks(name, () => [f('name', str), f('value', str)]);
const JsonnetVar = ks('JsonnetVar', () => [f('name', str), f('value', str), o('code', bool)]);

export const ApplicationSource: GoType = ks('ApplicationSource', () => [
  f('repoURL', str),
  o('path', str),
  o('targetRevision', str),
  p(
    'helm',
    ks('ApplicationSourceHelm', () => [
      o('valueFiles', strings),
      o(
        'parameters',
        sliceOf(
          ks('HelmParameter', () => [o('name', str), o('value', str), o('forceString', bool)]),
          '[]v1alpha1.HelmParameter',
        ),
      ),
      o('releaseName', str),
      o('values', str),
      o(
        'fileParameters',
        sliceOf(
          ks('HelmFileParameter', () => [o('name', str), o('path', str)]),
          '[]v1alpha1.HelmFileParameter',
        ),
      ),
      o('version', str),
      o('passCredentials', bool),
      o('ignoreMissingValueFiles', bool),
      o('skipCrds', bool),
    ]),
  ),
  p(
    'kustomize',
    ks('ApplicationSourceKustomize', () => [
      o('namePrefix', str),
      o('nameSuffix', str),
      o('images', strings),
      o('commonLabels', stringMap),
      o('version', str),
      o('commonAnnotations', stringMap),
      o('forceCommonLabels', bool),
      o('forceCommonAnnotations', bool),
    ]),
  ),
  p(
    'ksonnet',
    ks('ApplicationSourceKsonnet', () => [
      o('environment', str),
      o(
        'parameters',
        sliceOf(
          ks('KsonnetParameter', () => [o('component', str), f('name', str), f('value', str)]),
          '[]v1alpha1.KsonnetParameter',
        ),
      ),
    ]),
  ),
  p(
    'directory',
    ks('ApplicationSourceDirectory', () => [
      o('recurse', bool),
      f(
        'jsonnet',
        ks('ApplicationSourceJsonnet', () => [
          o('extVars', sliceOf(JsonnetVar, '[]v1alpha1.JsonnetVar')),
          o('tlas', sliceOf(JsonnetVar, '[]v1alpha1.JsonnetVar')),
          o('libs', strings),
        ]),
      ),
      o('exclude', str),
      o('include', str),
    ]),
  ),
  p(
    'plugin',
    ks('ApplicationSourcePlugin', () => [o('name', str), o('env', sliceOf(NameValue('EnvEntry'), '[]*v1alpha1.EnvEntry'))]),
  ),
  o('chart', str),
]);

const RetryStrategy = ks('RetryStrategy', () => [
  o('limit', int64),
  p(
    'backoff',
    ks('Backoff', () => [o('duration', str), p('factor', int64), o('maxDuration', str)]),
  ),
]);

const SyncStrategy = ks('SyncStrategy', () => [
  p(
    'apply',
    ks('SyncStrategyApply', () => [o('force', bool)]),
  ),
  p(
    'hook',
    ks('SyncStrategyHook', () => [o('force', bool)]),
  ),
]);

const SyncOperationResource = ks('SyncOperationResource', () => [o('group', str), f('kind', str), f('name', str), o('namespace', str)]);

export const Operation = ks('Operation', () => [
  p(
    'sync',
    ks('SyncOperation', () => [
      o('revision', str),
      o('prune', bool),
      o('dryRun', bool),
      p('syncStrategy', SyncStrategy),
      o('resources', sliceOf(SyncOperationResource, '[]v1alpha1.SyncOperationResource')),
      p('source', ApplicationSource),
      o('manifests', strings),
      o('syncOptions', strings),
    ]),
  ),
  f(
    'initiatedBy',
    ks('OperationInitiator', () => [o('username', str), o('automated', bool)]),
  ),
  o('info', sliceOf(NameValue('Info'), '[]*v1alpha1.Info')),
  f('retry', RetryStrategy),
]);

const ArgoApplicationSpec = ks('ArgoApplicationSpec', () => [
  f('source', ApplicationSource),
  f(
    'destination',
    ks('ApplicationDestination', () => [o('server', str), o('namespace', str), o('name', str)]),
  ),
  f('project', str),
  p(
    'syncPolicy',
    ks('SyncPolicy', () => [
      p(
        'automated',
        ks('SyncPolicyAutomated', () => [o('prune', bool), o('selfHeal', bool), o('allowEmpty', bool)]),
      ),
      o('syncOptions', strings),
      p('retry', RetryStrategy),
    ]),
  ),
  o(
    'ignoreDifferences',
    sliceOf(
      ks('ResourceIgnoreDifferences', () => [
        o('group', str),
        f('kind', str),
        o('name', str),
        o('namespace', str),
        o('jsonPointers', strings),
        o('jqPathExpressions', strings),
        o('managedFieldsManagers', strings),
      ]),
      '[]v1alpha1.ResourceIgnoreDifferences',
    ),
  ),
  o('info', sliceOf(NameValue('Info'), '[]v1alpha1.Info')),
  p('revisionHistoryLimit', int64),
]);

export const Application = ks('Application', () => [
  o('kind', str),
  o('apiVersion', str),
  o('metadata', ObjectMeta),
  f(
    'spec',
    ks('ApplicationSpec', () => [
      o('kind', str),
      p(
        'argoApp',
        ks('ArgoApplication', () => [f('spec', ArgoApplicationSpec), p('operation', Operation)]),
      ),
      // Flux applications are outside this extension's scope: kept verbatim, not modelled.
      p('fluxApp', any),
    ]),
  ),
  f(
    'status',
    ks('ApplicationStatus', () => [
      o('kind', str),
      o('argoApp', str),
      f(
        'fluxApp',
        ks('FluxApplicationStatus', () => [
          o('helmReleaseStatus', mapOf(any, 'map[string]*v1alpha1.HelmReleaseStatus')),
          o('kustomizationStatus', mapOf(any, 'map[string]*v1alpha1.KustomizationStatus')),
        ]),
      ),
    ]),
  ),
]);

/** ks-devops pkg/kapis/gitops/v1alpha1/argocd `ApplicationSyncRequest`. */
export const ApplicationSyncRequest = ks('ApplicationSyncRequest', () => [
  o('revision', str),
  o('dryRun', bool),
  o('prune', bool),
  p('strategy', SyncStrategy),
  o('resources', sliceOf(SyncOperationResource, '[]v1alpha1.SyncOperationResource')),
  o('manifests', strings),
  o('infos', sliceOf(NameValue('Info'), '[]*v1alpha1.Info')),
  p('retryStrategy', RetryStrategy),
  p('syncOptions', strings),
]);

export const GROUP = 'gitops.kubesphere.io';
export const API_VERSION = 'gitops.kubesphere.io/v1alpha1';
export const RESOURCE = 'applications';

export const LABEL_LOCATION = 'gitops.kubesphere.io/argocd-location';
export const LABEL_ARGO_APP = 'gitops.kubesphere.io/argocd-application';
export const LABEL_SYNC = 'gitops.kubesphere.io/sync-status';
export const LABEL_HEALTH = 'gitops.kubesphere.io/health-status';
export const ANNOTATION_IMAGES = 'gitops.kubesphere.io/images';
export const ANNOTATION_ALIAS = 'kubesphere.io/alias-name';
export const ANNOTATION_REFRESH = 'argocd.argoproj.io/refresh';
export const FINALIZER_APP = 'application.gitops.kubesphere.io';
export const FINALIZER_CASCADE = 'resources-finalizer.argocd.argoproj.io';
