import * as React from 'react';
import { Checkbox, Input } from '@kubed/components';
import { type Application, buildSyncRequest, type ResourceEntry, sourceSummary, syncBlocker } from '../../model';
import { type ProjectRef, useSyncApplication } from '../../queries/applications';
import { argoStatusOf } from '../../queries/argoStatus';
import { t } from '../../host';
import { useUniqueId } from '../detail/useUniqueId';
import { Dialog, SubmitFooter } from './Dialog';
import { ErrorNotice } from './ErrorNotice';
import { Field, FieldError, Form, Help } from './formStyles';
import { holdsSync, type SyncBlocker, SyncBlockedNotice } from './SyncBlockedNotice';
import { ResourcePicker } from './ResourcePicker';
import { RetryFields, SyncFlagFields, SyncOptionsFields } from './SyncOptionFields';
import { initialSyncForm, type SyncFormErrors, syncFormToOptions, type SyncFormState } from './syncForm';

export interface SyncDialogProps {
  open: boolean;
  onClose(): void;
  project: ProjectRef;
  app: Application;
  /** The app's resources, to choose from for a selective sync. */
  resources: readonly ResourceEntry[];
  /** Resource keys chosen before the dialog opened (from the tree's filter). */
  preselected?: readonly string[];
  onSynced?(app: Application): void;
  /** Told of a failure (shown in the dialog too), so the opener can react, e.g. to a 403. */
  onFailed?(error: unknown): void;
}

interface SyncFormProps {
  formId: string;
  app: Application;
  resources: readonly ResourceEntry[];
  preselected: readonly string[];
  error: unknown;
  blocker: SyncBlocker;
  onSubmit(request: ReturnType<typeof buildSyncRequest>): void;
}

/** The form, mounted anew each time the dialog opens so it starts from the app's current policy. */
function SyncForm({ formId, app, resources, preselected, error, blocker, onSubmit }: SyncFormProps) {
  const [form, setForm] = React.useState<SyncFormState>(() => initialSyncForm(app, preselected));
  const [errors, setErrors] = React.useState<SyncFormErrors>({});
  const revisionId = useUniqueId('gitops-sync-revision');
  const update = (patch: Partial<SyncFormState>) => setForm((prev) => ({ ...prev, ...patch }));
  const target = sourceSummary(app).revision;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // Enter in a field submits too: nothing is sent while the button waits.
    if (holdsSync(blocker)) return;
    const result = syncFormToOptions(form, app, resources);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSubmit(buildSyncRequest(result.options));
  };

  return (
    <Form id={formId} onSubmit={submit} noValidate>
      <SyncBlockedNotice blocker={blocker} />
      {error ? <ErrorNotice error={error} reveal /> : null}
      <Field>
        <label htmlFor={revisionId}>{t('GITOPS_SYNC_REVISION')}</label>
        <Input
          id={revisionId}
          value={form.revision}
          placeholder={target}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ revision: e.target.value })}
        />
        <Help>{t('GITOPS_SYNC_REVISION_HELP', { revision: target })}</Help>
      </Field>
      <SyncFlagFields form={form} update={update} errors={errors} />
      <fieldset>
        <legend>{t('GITOPS_SYNC_RESOURCES')}</legend>
        <Checkbox
          label={t('GITOPS_SYNC_SELECTIVE')}
          checked={form.selective}
          disabled={resources.length === 0}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ selective: e.target.checked })}
        />
        {form.selective ? (
          <ResourcePicker resources={resources} selected={form.selected} onChange={(selected) => update({ selected })} />
        ) : null}
        {errors.selected ? <FieldError role="alert">{t(errors.selected)}</FieldError> : null}
      </fieldset>
      <SyncOptionsFields form={form} update={update} errors={errors} />
      <RetryFields form={form} update={update} errors={errors} />
    </Form>
  );
}

/** Sync an application: revision, strategy, selective resources, sync options and retry. */
export function SyncDialog({ open, onClose, project, app, resources, preselected = [], onSynced, onFailed }: SyncDialogProps) {
  const formId = useUniqueId('gitops-sync-form');
  const sync = useSyncApplication(project);
  const name = app.metadata.name ?? '';
  const blocker = syncBlocker(app, argoStatusOf(app));

  const close = () => {
    sync.reset();
    onClose();
  };

  const submit = (request: ReturnType<typeof buildSyncRequest>) => {
    if (sync.isLoading) return;
    sync.mutate(
      { name, request },
      {
        onSuccess: (updated) => {
          onSynced?.(updated);
          close();
        },
        onError: (error) => onFailed?.(error),
      },
    );
  };

  return (
    <Dialog
      open={open}
      title={t('GITOPS_SYNC_TITLE', { name })}
      description={t('GITOPS_SYNC_DESC')}
      onClose={close}
      width={760}
      footer={
        <SubmitFooter formId={formId} submitLabel={t('GITOPS_SYNC')} onCancel={close} busy={sync.isLoading} disabled={holdsSync(blocker)} />
      }
    >
      <SyncForm
        formId={formId}
        app={app}
        resources={resources}
        preselected={preselected}
        error={sync.error}
        blocker={blocker}
        onSubmit={submit}
      />
    </Dialog>
  );
}
