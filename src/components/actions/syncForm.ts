/**
 * The sync dialog's form as plain data: its first values (from the app's own sync policy), the
 * validation of what was typed, and the mapping to `buildSyncRequest`'s options.
 *
 * The request's `syncOptions` replace the app's instead of being merged, so the form starts from
 * the app's options and sends the full list it ends with. An option the app sets and the user
 * switched off is sent switched off (`CreateNamespace=false`): leaving it out would let the
 * server fall back to the app's list whenever the list is empty.
 */
import type { Application, ResourceEntry, RetryStrategy, SyncDialogOptions, SyncOperationResource } from '../../model';

export interface BooleanSyncOption {
  id: 'CreateNamespace' | 'PruneLast' | 'ApplyOutOfSyncOnly' | 'ServerSideApply' | 'Replace' | 'Validate';
  /** The string sent when the box is ticked. */
  on: string;
  /** The string sent when the app sets the option and the box was cleared. */
  off: string;
  labelKey: string;
}

export const BOOLEAN_SYNC_OPTIONS: readonly BooleanSyncOption[] = [
  { id: 'CreateNamespace', on: 'CreateNamespace=true', off: 'CreateNamespace=false', labelKey: 'GITOPS_SYNC_OPT_CREATE_NAMESPACE' },
  { id: 'PruneLast', on: 'PruneLast=true', off: 'PruneLast=false', labelKey: 'GITOPS_SYNC_OPT_PRUNE_LAST' },
  {
    id: 'ApplyOutOfSyncOnly',
    on: 'ApplyOutOfSyncOnly=true',
    off: 'ApplyOutOfSyncOnly=false',
    labelKey: 'GITOPS_SYNC_OPT_APPLY_OUT_OF_SYNC_ONLY',
  },
  { id: 'ServerSideApply', on: 'ServerSideApply=true', off: 'ServerSideApply=false', labelKey: 'GITOPS_SYNC_OPT_SERVER_SIDE_APPLY' },
  { id: 'Replace', on: 'Replace=true', off: 'Replace=false', labelKey: 'GITOPS_SYNC_OPT_REPLACE' },
  // Validation is on by default, so the option the user ticks is the one that turns it off.
  { id: 'Validate', on: 'Validate=false', off: 'Validate=true', labelKey: 'GITOPS_SYNC_OPT_SKIP_VALIDATION' },
];

export const PRUNE_PROPAGATION_POLICIES = ['foreground', 'background', 'orphan'] as const;
export type PrunePropagationPolicy = (typeof PRUNE_PROPAGATION_POLICIES)[number];
const PRUNE_PROPAGATION_KEY = 'PrunePropagationPolicy';

export interface SyncFormState {
  revision: string;
  prune: boolean;
  dryRun: boolean;
  applyOnly: boolean;
  force: boolean;
  /** Sync only the resources in `selected` (their tree keys). */
  selective: boolean;
  selected: string[];
  options: Record<BooleanSyncOption['id'], boolean>;
  /** Empty: Argo CD's default (foreground). */
  prunePropagation: '' | PrunePropagationPolicy;
  retry: boolean;
  retryLimit: string;
  backoffDuration: string;
  backoffFactor: string;
  backoffMaxDuration: string;
}

export type SyncFormField = 'selected' | 'retryLimit' | 'backoffDuration' | 'backoffFactor' | 'backoffMaxDuration';
export type SyncFormErrors = Partial<Record<SyncFormField, string>>;

/** Argo CD's own defaults for a retry, offered when the app has none. */
export const DEFAULT_RETRY = { limit: '2', duration: '5s', factor: '2', maxDuration: '3m' };

const optionKey = (option: string): string => (option.includes('=') ? option.slice(0, option.indexOf('=')) : option);

function appSyncOptions(app: Application | undefined): string[] {
  const list = app?.spec?.argoApp?.spec?.syncPolicy?.syncOptions;
  return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string' && o.trim() !== '').map((o) => o.trim()) : [];
}

/**
 * The form as the dialog opens: options and retry from the app's sync policy, nothing else
 * chosen, and the given resources pre-selected (selective sync is on when there are any).
 */
export function initialSyncForm(app: Application | undefined, preselected: readonly string[] = []): SyncFormState {
  const inherited = appSyncOptions(app);
  const options = {} as SyncFormState['options'];
  for (const option of BOOLEAN_SYNC_OPTIONS) options[option.id] = inherited.includes(option.on);
  const propagation = inherited.find((o) => optionKey(o) === PRUNE_PROPAGATION_KEY)?.split('=')[1] ?? '';
  const retry = app?.spec?.argoApp?.spec?.syncPolicy?.retry;
  return {
    revision: '',
    prune: false,
    dryRun: false,
    applyOnly: false,
    force: false,
    selective: preselected.length > 0,
    selected: [...preselected],
    options,
    prunePropagation: (PRUNE_PROPAGATION_POLICIES as readonly string[]).includes(propagation)
      ? (propagation as PrunePropagationPolicy)
      : '',
    retry: retry !== undefined,
    retryLimit: retry?.limit !== undefined ? String(retry.limit) : DEFAULT_RETRY.limit,
    backoffDuration: retry?.backoff?.duration ?? DEFAULT_RETRY.duration,
    backoffFactor: retry?.backoff?.factor !== undefined ? String(retry.backoff.factor) : DEFAULT_RETRY.factor,
    backoffMaxDuration: retry?.backoff?.maxDuration ?? DEFAULT_RETRY.maxDuration,
  };
}

/** Go's `time.ParseDuration` format, as Argo CD reads backoff durations (`5s`, `1m30s`, `1.5h`). */
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

/** The full `syncOptions` list to send (see the module comment). */
export function syncOptionsFromForm(form: SyncFormState, app: Application | undefined): string[] {
  const inherited = appSyncOptions(app);
  const inheritedKeys = new Set(inherited.map(optionKey));
  const managed = new Set<string>([...BOOLEAN_SYNC_OPTIONS.map((o) => o.id), PRUNE_PROPAGATION_KEY]);
  const list = inherited.filter((o) => !managed.has(optionKey(o)));
  for (const option of BOOLEAN_SYNC_OPTIONS) {
    if (form.options[option.id]) list.push(option.on);
    else if (inheritedKeys.has(option.id)) list.push(option.off);
  }
  if (form.prunePropagation) list.push(`${PRUNE_PROPAGATION_KEY}=${form.prunePropagation}`);
  else if (inheritedKeys.has(PRUNE_PROPAGATION_KEY)) list.push(`${PRUNE_PROPAGATION_KEY}=foreground`);
  return list;
}

function retryFromForm(form: SyncFormState, app: Application | undefined, errors: SyncFormErrors): RetryStrategy | undefined {
  if (!form.retry) {
    // Leaving the retry out would make the server use the app's; a limit of 0 means no retry.
    return app?.spec?.argoApp?.spec?.syncPolicy?.retry ? { limit: 0 } : undefined;
  }
  const limit = form.retryLimit.trim();
  if (!/^-?\d+$/.test(limit)) errors.retryLimit = 'GITOPS_SYNC_ERR_RETRY_LIMIT';
  const duration = form.backoffDuration.trim();
  if (duration && !GO_DURATION.test(duration)) errors.backoffDuration = 'GITOPS_SYNC_ERR_DURATION';
  const maxDuration = form.backoffMaxDuration.trim();
  if (maxDuration && !GO_DURATION.test(maxDuration)) errors.backoffMaxDuration = 'GITOPS_SYNC_ERR_DURATION';
  const factor = form.backoffFactor.trim();
  if (factor && !(/^\d+$/.test(factor) && Number(factor) >= 1)) errors.backoffFactor = 'GITOPS_SYNC_ERR_FACTOR';
  const backoff: NonNullable<RetryStrategy['backoff']> = {};
  if (duration) backoff.duration = duration;
  if (factor) backoff.factor = Number(factor);
  if (maxDuration) backoff.maxDuration = maxDuration;
  return { limit: Number(limit), backoff };
}

function resourceRef(entry: ResourceEntry): SyncOperationResource {
  const ref: SyncOperationResource = { kind: entry.kind, name: entry.name };
  if (entry.group) ref.group = entry.group;
  if (entry.namespace) ref.namespace = entry.namespace;
  return ref;
}

export type SyncFormResult = { ok: true; options: SyncDialogOptions } | { ok: false; errors: SyncFormErrors };

/**
 * Validates the form and turns it into `buildSyncRequest` options. `resources` are the app's
 * resource entries, for looking up the selected keys; keys no longer present are dropped.
 */
export function syncFormToOptions(form: SyncFormState, app: Application | undefined, resources: readonly ResourceEntry[]): SyncFormResult {
  const errors: SyncFormErrors = {};
  const options: SyncDialogOptions = {
    revision: form.revision,
    prune: form.prune,
    dryRun: form.dryRun,
    applyOnly: form.applyOnly,
    force: form.force,
    syncOptions: syncOptionsFromForm(form, app),
  };
  if (form.selective) {
    const chosen = new Set(form.selected);
    const refs = resources.filter((r) => chosen.has(r.key)).map(resourceRef);
    if (refs.length === 0) errors.selected = 'GITOPS_SYNC_ERR_NO_RESOURCES';
    options.resources = refs;
  }
  const retry = retryFromForm(form, app, errors);
  if (retry) options.retry = retry;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, options };
}
