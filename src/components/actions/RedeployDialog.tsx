import * as React from 'react';
import styled from 'styled-components';
import { Checkbox } from '@kubed/components';
import {
  type Application,
  type ApplicationSource,
  buildSyncRequest,
  type RevisionHistory,
  sourceSummary,
  syncBlocker,
  withoutCredentials,
} from '../../model';
import { historyRevision, historySource, historySourceDiffers, isAutoSyncOn, withoutAutoSync } from '../../model/actions/redeploy';
import { type ProjectRef, useEditApplication, useSyncApplication } from '../../queries/applications';
import { argoStatusOf } from '../../queries/argoStatus';
import { t } from '../../host';
import { errorKey } from '../common/errorText';
import { colors } from '../theme';
import { shortRevision } from '../detail/format';
import { RevisionLink } from '../detail/RevisionLink';
import { Time } from '../detail/Time';
import { useUniqueId } from '../detail/useUniqueId';
import { Dialog, SubmitFooter } from './Dialog';
import { ErrorNotice } from './ErrorNotice';
import { Help, Form, Notice } from './formStyles';
import { holdsSync, type SyncBlocker, SyncBlockedNotice } from './SyncBlockedNotice';
import { RetryFields, SyncFlagFields, SyncOptionsFields } from './SyncOptionFields';
import { initialSyncForm, type SyncFormErrors, syncFormToOptions, type SyncFormState } from './syncForm';

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 4px 16px;
  margin: 0;
  dt {
    font-weight: 600;
    color: ${colors.text.muted};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

const Warning = styled(Notice)`
  background: ${colors.tone.warning.bg};
  border-color: ${colors.tone.warning.border};
  p {
    margin: 0 0 8px;
  }
`;

/** Where the request stopped: the PUT that turns automated sync off, or the sync. */
type Failure = { stage: 'auto-sync' | 'sync' | 'sync-after-auto-sync-off'; error: unknown } | null;

/** `POST …/sync` with the revision: the body, and whether automated sync is to be turned off first. */
export interface RedeployRequest {
  request: ReturnType<typeof buildSyncRequest>;
  turnOffAutoSync: boolean;
}

function sourceText(source: ApplicationSource | undefined): string {
  const repo = withoutCredentials(source?.repoURL ?? '');
  if (source?.path) return t('GITOPS_REDEPLOY_SOURCE_PATH', { repo, path: source.path });
  if (source?.chart) return t('GITOPS_REDEPLOY_SOURCE_CHART', { repo, chart: source.chart });
  return repo;
}

function failureMessage(failure: NonNullable<Failure>): string | undefined {
  const reason = t(errorKey(failure.error));
  if (failure.stage === 'auto-sync') return t('GITOPS_REDEPLOY_ERR_AUTO_SYNC', { reason });
  if (failure.stage === 'sync-after-auto-sync-off') return t('GITOPS_REDEPLOY_ERR_AFTER_AUTO_SYNC_OFF', { reason });
  return undefined;
}

interface RedeployFormProps {
  formId: string;
  app: Application;
  entry: RevisionHistory;
  revision: string;
  failure: Failure;
  blocker: SyncBlocker;
  onSubmit(request: RedeployRequest): void;
}

/** The form, mounted anew each time the dialog opens so it starts from the app's current policy. */
function RedeployForm({ formId, app, entry, revision, failure, blocker, onSubmit }: RedeployFormProps) {
  const [form, setForm] = React.useState<SyncFormState>(() => ({ ...initialSyncForm(app), revision }));
  const [errors, setErrors] = React.useState<SyncFormErrors>({});
  const [turnOff, setTurnOff] = React.useState(true);
  const update = (patch: Partial<SyncFormState>) => setForm((prev) => ({ ...prev, ...patch }));
  const summary = sourceSummary(app);
  const autoSync = isAutoSyncOn(app);
  const differs = historySourceDiffers(entry, app);
  const sourceRepo = historySource(entry)?.repoURL ?? summary.repoURL;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // Enter in a field submits too: nothing is sent while the button waits.
    if (holdsSync(blocker)) return;
    // The revision is the entry's, whatever the form holds; no resource is chosen, so none is looked up.
    const result = syncFormToOptions({ ...form, revision, selective: false }, app, []);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSubmit({ request: buildSyncRequest(result.options), turnOffAutoSync: autoSync && turnOff });
  };

  return (
    <Form id={formId} onSubmit={submit} noValidate>
      <SyncBlockedNotice blocker={blocker} />
      {failure ? <ErrorNotice error={failure.error} message={failureMessage(failure)} reveal /> : null}
      <Facts>
        <dt>{t('GITOPS_SYNC_REVISION')}</dt>
        <dd>
          <RevisionLink repoURL={sourceRepo} revision={revision} full />
        </dd>
        <dt>{t('GITOPS_COL_DEPLOYED_AT')}</dt>
        <dd>
          <Time value={entry.deployedAt} />
        </dd>
        {differs ? (
          <>
            <dt>{t('GITOPS_REDEPLOY_DEPLOYED_FROM')}</dt>
            <dd>{sourceText(historySource(entry))}</dd>
          </>
        ) : null}
      </Facts>
      {differs ? <Notice>{t('GITOPS_REDEPLOY_SOURCE_DIFFERS', { current: sourceText(app.spec.argoApp?.spec.source) })}</Notice> : null}
      {autoSync ? (
        <Warning>
          <p>{t('GITOPS_REDEPLOY_AUTO_SYNC_ON', { targetRevision: summary.revision })}</p>
          <Checkbox
            label={t('GITOPS_REDEPLOY_TURN_OFF_AUTO_SYNC')}
            checked={turnOff}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTurnOff(e.target.checked)}
          />
          <Help>{t('GITOPS_REDEPLOY_TURN_OFF_AUTO_SYNC_HELP')}</Help>
        </Warning>
      ) : null}
      <SyncFlagFields form={form} update={update} errors={errors} />
      <SyncOptionsFields form={form} update={update} errors={errors} />
      <RetryFields form={form} update={update} errors={errors} />
    </Form>
  );
}

export interface RedeployDialogProps {
  open: boolean;
  onClose(): void;
  project: ProjectRef;
  app: Application;
  /** The history entry to redeploy; null while closed. */
  entry: RevisionHistory | null;
  /** After the sync was accepted; the page's polling then shows the operation. */
  onRedeployed?(app: Application): void;
}

/**
 * Redeploy one history entry: `POST …/sync` with its revision and the sync dialog's options.
 * With automated sync on, Argo CD would sync straight back to the target revision, so by default
 * the app is first saved without `automated` (a fresh read and a PUT that keeps every other
 * field); only if that succeeded is the sync sent, and each failure says what did happen.
 */
export function RedeployDialog({ open, onClose, project, app, entry, onRedeployed }: RedeployDialogProps) {
  const formId = useUniqueId('gitops-redeploy-form');
  const edit = useEditApplication(project);
  const sync = useSyncApplication(project);
  const [failure, setFailure] = React.useState<Failure>(null);
  // Once turned off here, a later failure still says so, though the form no longer offers it.
  const turnedOff = React.useRef(false);
  const name = app.metadata.name ?? '';
  const revision = entry ? historyRevision(entry) : undefined;
  const busy = edit.isLoading || sync.isLoading;
  const blocker = syncBlocker(app, argoStatusOf(app));
  // The dialog may go (the app was deleted meanwhile) while a request is under way.
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const close = () => {
    edit.reset();
    sync.reset();
    setFailure(null);
    turnedOff.current = false;
    onClose();
  };

  const submit = async ({ request, turnOffAutoSync }: RedeployRequest) => {
    if (busy) return;
    setFailure(null);
    if (turnOffAutoSync) {
      try {
        // Computed on a fresh read: nothing is sent if someone turned it off meanwhile.
        await edit.mutateAsync({ name, changes: [withoutAutoSync] });
        turnedOff.current = true;
      } catch (error) {
        if (mounted.current) setFailure({ stage: 'auto-sync', error });
        return;
      }
    }
    try {
      const updated = await sync.mutateAsync({ name, request });
      if (!mounted.current) return;
      onRedeployed?.(updated);
      close();
    } catch (error) {
      if (mounted.current) setFailure({ stage: turnedOff.current ? 'sync-after-auto-sync-off' : 'sync', error });
    }
  };

  return (
    <Dialog
      open={open && !!entry && !!revision}
      title={t('GITOPS_REDEPLOY_TITLE', { revision: shortRevision(revision), id: entry?.id ?? '' })}
      description={t('GITOPS_REDEPLOY_DESC', { name })}
      onClose={close}
      width={760}
      footer={
        <SubmitFooter formId={formId} submitLabel={t('GITOPS_REDEPLOY')} onCancel={close} busy={busy} disabled={holdsSync(blocker)} />
      }
    >
      {entry && revision ? (
        <RedeployForm
          formId={formId}
          app={app}
          entry={entry}
          revision={revision}
          failure={failure}
          blocker={blocker}
          onSubmit={(r) => void submit(r)}
        />
      ) : null}
    </Dialog>
  );
}
