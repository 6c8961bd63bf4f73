/**
 * The review step's summary: what the request body amounts to, in rows of label and value as
 * the console's detail pages show attributes, and, when editing, what differs from the saved
 * application. Labels and words are i18n keys; values from the user or the server stay text,
 * and a repository URL becomes a link only when it is http(s).
 */
import {
  ANNOTATION_ALIAS_NAME,
  ANNOTATION_DESCRIPTION,
  type Application,
  type ApplicationDestination,
  DEFAULT_ARGOCD_LOCATION,
  LABEL_ARGOCD_LOCATION,
} from '../application/types';
import { safeHttpUrl, withoutCredentials } from '../application/links';
import { clusterChoices } from './clusterChoices';
import type { MergePath } from './draftMerge';
import { reviewChanges, type ReviewChanges } from './reviewChanges';

export type { ReviewChanges, SummaryChange } from './reviewChanges';
import { BOOLEAN_OPTIONS, formFromManifest, optionKey, PROPAGATION_KEY, stringList, type WizardForm } from './wizardForm';
import { prepareUpdate, stripForEdit } from './wizardSubmit';

export type SummaryValue =
  /** The user's or the server's text, shown as it is (`code` in a monospace font). */
  | { kind: 'text'; text: string; code?: boolean }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'message'; key: string; params?: Record<string, string | number> }
  | { kind: 'list'; items: SummaryValue[] };

export interface SummaryRow {
  /** Stable across drafts: rows of the saved application and the draft are matched by it. */
  id: string;
  /** An i18n key, or, with `rawLabel`, text shown as code (a label's key). */
  label: string;
  rawLabel?: boolean;
  value: SummaryValue;
  /** Said after the value, in a quieter voice. */
  note?: SummaryValue;
  /** The places of the body the value shows in full: a change there is told by this row. */
  covers?: MergePath[];
}

export type SectionId = 'basic' | 'source' | 'destination' | 'sync' | 'label';

export interface SummarySection {
  id: SectionId;
  rows: SummaryRow[];
}

export interface ReviewSummary {
  sections: SummarySection[];
  /** Edit only: the draft against the saved application. */
  changes?: ReviewChanges;
}

export interface ReviewInput {
  mode: 'create' | 'edit';
  /** The body that will be sent. */
  body: Application;
  /** The draft lacked the location label and the body has it back. */
  restoredLabel: boolean;
  /** Edit: the saved application the draft started from. */
  base?: Application;
  /** The clusters Argo CD knows, to name the destination both ways. */
  clusters?: readonly ApplicationDestination[];
  /** The DevOps project's cluster (see `clusterChoices`). */
  ownCluster?: string;
}

const ARGO = ['spec', 'argoApp', 'spec'];
const SOURCE = [...ARGO, 'source'];
const POLICY = [...ARGO, 'syncPolicy'];

const text = (value: string, code?: boolean): SummaryValue => (code ? { kind: 'text', text: value, code } : { kind: 'text', text: value });
const message = (key: string, params?: Record<string, string | number>): SummaryValue =>
  params ? { kind: 'message', key, params } : { kind: 'message', key };
const NOT_SET = message('GITOPS_WIZARD_SUMMARY_NOT_SET');
const NONE = message('GITOPS_WIZARD_SUMMARY_NONE');
const yesNo = (on: boolean) => message(on ? 'GITOPS_WIZARD_SUMMARY_YES' : 'GITOPS_WIZARD_SUMMARY_NO');
const textOr = (value: string, code?: boolean) => (value.trim() ? text(value, code) : NOT_SET);
const listOr = (items: string[], code?: boolean): SummaryValue =>
  items.length ? { kind: 'list', items: items.map((i) => text(i, code)) } : NONE;
/** A row; `covers` are the places of the body whose value it shows whole. */
const row = (id: string, label: string, value: SummaryValue, ...covers: MergePath[]): SummaryRow => ({ id, label, value, covers });
/** A row that is left out when `on` is false. */
const rowIf = (on: unknown, ...args: Parameters<typeof row>): SummaryRow[] => (on ? [row(...args)] : []);

const SOURCE_TYPE_KEYS = {
  directory: 'GITOPS_WIZARD_TYPE_DIRECTORY',
  helm: 'GITOPS_WIZARD_TYPE_HELM',
  kustomize: 'GITOPS_WIZARD_TYPE_KUSTOMIZE',
};

const OPTION_LABELS: Record<string, string> = {
  createNamespace: 'GITOPS_WIZARD_OPT_CREATE_NAMESPACE',
  pruneLast: 'GITOPS_WIZARD_OPT_PRUNE_LAST',
  applyOutOfSyncOnly: 'GITOPS_WIZARD_OPT_OUT_OF_SYNC_ONLY',
  serverSideApply: 'GITOPS_WIZARD_OPT_SERVER_SIDE_APPLY',
  replace: 'GITOPS_WIZARD_OPT_REPLACE',
  skipValidation: 'GITOPS_WIZARD_OPT_SKIP_VALIDATION',
};

function basicRows(form: WizardForm, mode: ReviewInput['mode']): SummaryRow[] {
  return [
    row('action', 'GITOPS_WIZARD_SUMMARY_ACTION', message(mode === 'edit' ? 'GITOPS_WIZARD_SUMMARY_EDIT' : 'GITOPS_WIZARD_SUMMARY_CREATE')),
    row('name', 'GITOPS_WIZARD_NAME', textOr(form.name), ['metadata', 'name']),
    row('alias', 'GITOPS_WIZARD_ALIAS', textOr(form.alias), ['metadata', 'annotations', ANNOTATION_ALIAS_NAME]),
    row('description', 'GITOPS_WIZARD_DESCRIPTION', textOr(form.description), ['metadata', 'annotations', ANNOTATION_DESCRIPTION]),
  ];
}

/** The repository as text without credentials; a link only when it is an http(s) URL. */
function repository(url: string): SummaryRow {
  const shown = withoutCredentials(url.trim());
  const href = safeHttpUrl(shown);
  const value: SummaryValue = !shown ? NOT_SET : href ? { kind: 'link', text: shown, href } : text(shown, true);
  // Credentials are left out of the value, so a change to them is left to the request body.
  return shown === url
    ? row('repoURL', 'GITOPS_WIZARD_REPO_URL', value, [...SOURCE, 'repoURL'])
    : row('repoURL', 'GITOPS_WIZARD_REPO_URL', value);
}

/** The chosen source type's key options; counts stand for what is too long to show (values and parameters are in the body). */
function sourceTypeRows({ source }: WizardForm): SummaryRow[] {
  if (source.type === 'helm') {
    const at = (key: string) => [...SOURCE, 'helm', key];
    return [
      ...rowIf(source.releaseName, 'helm.releaseName', 'GITOPS_WIZARD_HELM_RELEASE', text(source.releaseName), at('releaseName')),
      row('helm.valueFiles', 'GITOPS_WIZARD_HELM_VALUE_FILES', listOr(source.valueFiles, true), at('valueFiles')),
      ...rowIf(source.values.trim(), 'helm.values', 'GITOPS_WIZARD_HELM_VALUES', message('GITOPS_WIZARD_SUMMARY_SET')),
      row('helm.parameters', 'GITOPS_WIZARD_HELM_PARAMETERS', text(String(source.parameters.length))),
      ...rowIf(source.skipCrds, 'helm.skipCrds', 'GITOPS_WIZARD_HELM_SKIP_CRDS', yesNo(true), at('skipCrds')),
    ];
  }
  if (source.type === 'kustomize') {
    const at = (key: string) => [...SOURCE, 'kustomize', key];
    const labels = Object.keys(source.commonLabels).length;
    const annotations = Object.keys(source.commonAnnotations).length;
    return [
      row('kustomize.namePrefix', 'GITOPS_WIZARD_KUSTOMIZE_PREFIX', textOr(source.namePrefix, true), at('namePrefix')),
      ...rowIf(
        source.nameSuffix,
        'kustomize.nameSuffix',
        'GITOPS_WIZARD_KUSTOMIZE_SUFFIX',
        text(source.nameSuffix, true),
        at('nameSuffix'),
      ),
      row('kustomize.images', 'GITOPS_WIZARD_KUSTOMIZE_IMAGES', listOr(source.images, true), at('images')),
      ...rowIf(labels, 'kustomize.commonLabels', 'GITOPS_WIZARD_KUSTOMIZE_LABELS', text(String(labels))),
      ...rowIf(annotations, 'kustomize.commonAnnotations', 'GITOPS_WIZARD_KUSTOMIZE_ANNOTATIONS', text(String(annotations))),
    ];
  }
  const at = (key: string) => [...SOURCE, 'directory', key];
  return [
    row('directory.recurse', 'GITOPS_WIZARD_DIR_RECURSE', yesNo(source.recurse), at('recurse')),
    ...rowIf(source.include, 'directory.include', 'GITOPS_WIZARD_DIR_INCLUDE', text(source.include, true), at('include')),
    ...rowIf(source.exclude, 'directory.exclude', 'GITOPS_WIZARD_DIR_EXCLUDE', text(source.exclude, true), at('exclude')),
  ];
}

function sourceRows(form: WizardForm): SummaryRow[] {
  return [
    repository(form.repoURL),
    row('revision', 'GITOPS_WIZARD_REVISION', textOr(form.revision, true), [...SOURCE, 'targetRevision']),
    row('path', 'GITOPS_WIZARD_PATH', textOr(form.path, true), [...SOURCE, 'path']),
    row('sourceType', 'GITOPS_WIZARD_SOURCE_TYPE', message(SOURCE_TYPE_KEYS[form.source.type])),
    ...sourceTypeRows(form),
  ];
}

function namesText(names: readonly string[]): string {
  return names.length > 1 ? `${names[0]} (${names.slice(1).join(', ')})` : (names[0] ?? '');
}

/** The cluster by its names and its API server, whichever of them the body spells it by. */
function destinationRows(form: WizardForm, body: Application, input: ReviewInput): SummaryRow[] {
  const { by, cluster, namespace } = form.destination;
  const at = (key: string) => [...ARGO, 'destination', key];
  const known = cluster ? clusterChoices(input.clusters ?? [], by, cluster, input.ownCluster).find((c) => c.value === cluster) : undefined;
  const names = known?.names.length ? namesText(known.names) : by === 'name' ? cluster : '';
  // By URL, the one written; by name, every URL Argo CD knows the cluster by.
  const servers = by === 'server' ? (cluster ? [cluster] : []) : (known?.servers ?? []);
  // Each of the two covers the field only when it is the one written: the other is looked up.
  const written = (field: 'name' | 'server') => (by === field ? [at(field)] : []);
  const project = typeof body.spec?.argoApp?.spec?.project === 'string' ? body.spec.argoApp.spec.project : '';
  const own = !!project && project === body.metadata?.namespace;
  const byKey = by === 'name' ? 'GITOPS_WIZARD_CLUSTER_BY_NAME' : 'GITOPS_WIZARD_CLUSTER_BY_SERVER';
  return [
    row('clusterBy', 'GITOPS_WIZARD_CLUSTER_BY', message(byKey)),
    ...rowIf(names || !cluster, 'cluster', 'GITOPS_WIZARD_CLUSTER_NAME', textOr(names), ...written('name')),
    ...rowIf(
      servers.length,
      'server',
      'GITOPS_WIZARD_CLUSTER_SERVER',
      servers.length === 1 ? text(servers[0], true) : listOr(servers, true),
      ...written('server'),
    ),
    row('namespace', 'GITOPS_WIZARD_NAMESPACE', textOr(namespace), at('namespace')),
    row(
      'project',
      'GITOPS_WIZARD_SUMMARY_ARGO_PROJECT',
      own ? message('GITOPS_WIZARD_SUMMARY_OWN_PROJECT', { project }) : textOr(project),
      [...ARGO, 'project'],
    ),
  ];
}

/** Sync options in the form's words; one it has no words for is shown as written. */
function syncOptionsValue(body: Application, propagation: string): SummaryValue {
  const items = stringList(body.spec?.argoApp?.spec?.syncPolicy?.syncOptions)
    // A policy the form knows has a row of its own.
    .filter((o) => !(propagation && optionKey(o) === PROPAGATION_KEY))
    .map((o) => {
      const known = BOOLEAN_OPTIONS.find(([, option]) => option === o.trim());
      return known ? message(OPTION_LABELS[known[0]]) : text(o, true);
    });
  return items.length ? { kind: 'list', items } : NONE;
}

function retryValue({ retry }: WizardForm): SummaryValue {
  if (!retry.enabled) return message('GITOPS_WIZARD_SUMMARY_RETRY_OFF');
  // An empty figure is Argo CD's default; a dash says so without claiming a number.
  const figure = (v: string) => v.trim() || '—';
  const { limit, duration, factor, maxDuration } = retry;
  return message('GITOPS_WIZARD_SUMMARY_RETRY', {
    limit: figure(limit),
    duration: figure(duration),
    factor: figure(factor),
    maxDuration: figure(maxDuration),
  });
}

function syncRows(form: WizardForm, body: Application): SummaryRow[] {
  const { sync } = form;
  const automated = (key: string) => [...POLICY, 'automated', key];
  const auto = sync.mode === 'automated';
  const policy = form.syncOptions.prunePropagationPolicy;
  return [
    row('syncPolicy', 'GITOPS_WIZARD_SYNC_POLICY', message(auto ? 'GITOPS_WIZARD_SYNC_AUTOMATED' : 'GITOPS_WIZARD_SYNC_MANUAL')),
    ...rowIf(auto, 'prune', 'GITOPS_WIZARD_SYNC_PRUNE', yesNo(auto && sync.prune), automated('prune')),
    ...rowIf(auto, 'selfHeal', 'GITOPS_WIZARD_SYNC_SELF_HEAL', yesNo(auto && sync.selfHeal), automated('selfHeal')),
    row('syncOptions', 'GITOPS_WIZARD_SYNC_OPTIONS', syncOptionsValue(body, policy), [...POLICY, 'syncOptions']),
    ...rowIf(policy, 'propagation', 'GITOPS_WIZARD_OPT_PROPAGATION', text(policy, true)),
    row('retry', 'GITOPS_WIZARD_RETRY', retryValue(form), [...POLICY, 'retry']),
  ];
}

/** The location label: put in for the user, kept from the saved application, or the user's own value. */
function labelRows(body: Application, input: ReviewInput): SummaryRow[] {
  const value = body.metadata?.labels?.[LABEL_ARGOCD_LOCATION] ?? '';
  const saved = input.base?.metadata?.labels?.[LABEL_ARGOCD_LOCATION];
  // A new application starts with the default value, which the form never shows: not the user's choice either.
  const added = input.restoredLabel || (input.mode === 'create' && value === DEFAULT_ARGOCD_LOCATION);
  const kept = !added && input.mode === 'edit' && saved === value;
  const labelRow = row('locationLabel', LABEL_ARGOCD_LOCATION, textOr(value, true), ['metadata', 'labels', LABEL_ARGOCD_LOCATION]);
  labelRow.rawLabel = true;
  if (added || kept) labelRow.note = message(added ? 'GITOPS_WIZARD_SUMMARY_LABEL_ADDED' : 'GITOPS_WIZARD_SUMMARY_LABEL_KEPT');
  return [labelRow];
}

function sectionsOf(body: Application, input: ReviewInput): SummarySection[] {
  const form = formFromManifest(body);
  return [
    { id: 'basic', rows: basicRows(form, input.mode) },
    { id: 'source', rows: sourceRows(form) },
    { id: 'destination', rows: destinationRows(form, body, input) },
    { id: 'sync', rows: syncRows(form, body) },
    { id: 'label', rows: labelRows(body, input) },
  ];
}

/** The summary of `input.body`; when editing, with what changed since the saved application. */
export function reviewSummary(input: ReviewInput): ReviewSummary {
  const sections = sectionsOf(input.body, input);
  if (input.mode !== 'edit' || !input.base) return { sections };
  // The saved application as it would be sent unchanged, so only the user's edits differ.
  const saved = prepareUpdate(stripForEdit(input.base), input.base);
  const before = sectionsOf(saved.body, { ...input, body: saved.body, restoredLabel: saved.restoredLabel });
  return { sections, changes: reviewChanges(before, sections, saved.body, input.body) };
}
