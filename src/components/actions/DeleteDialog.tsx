import * as React from 'react';
import { Checkbox, Input } from '@kubed/components';
import { errorKind } from '../../model/errors/errorKind';
import { isTerminatingRefusal } from '../../model/list/deletions';
import { type ProjectRef, useDeleteApplication } from '../../queries/applications';
import { t } from '../../host';
import { useUniqueId } from '../detail/useUniqueId';
import { Dialog, SubmitFooter } from './Dialog';
import { ErrorNotice } from './ErrorNotice';
import { Field, Form, Help, Notice } from './formStyles';

export interface DeleteDialogProps {
  open: boolean;
  onClose(): void;
  project: ProjectRef;
  name: string;
  /** Called once the application is gone (or was already gone), with the cascade choice. */
  onDeleted(cascade: boolean): void;
  /** Told of a failure (shown in the dialog too), so the opener can react, e.g. to a 403. */
  onFailed?(error: unknown): void;
}

interface DeleteFormProps {
  formId: string;
  name: string;
  error: unknown;
  onSubmit(cascade: boolean): void;
  onTypedChange(matches: boolean): void;
}

function DeleteForm({ formId, name, error, onSubmit, onTypedChange }: DeleteFormProps) {
  const [cascade, setCascade] = React.useState(false);
  const [typed, setTyped] = React.useState('');
  const inputId = useUniqueId('gitops-delete-name');
  const matches = typed === name;

  return (
    <Form
      id={formId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (matches) onSubmit(cascade);
      }}
    >
      {error ? (
        <ErrorNotice error={error} message={isTerminatingRefusal(error) ? t('GITOPS_DELETE_ERR_TERMINATING') : undefined} reveal />
      ) : null}
      <Notice>
        <p>{t('GITOPS_DELETE_APP_ONLY_EXPLAIN')}</p>
        <p>{t('GITOPS_DELETE_CASCADE_EXPLAIN')}</p>
      </Notice>
      <div>
        <Checkbox
          label={t('GITOPS_DELETE_CASCADE')}
          checked={cascade}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCascade(e.target.checked)}
        />
        <Help>{cascade ? t('GITOPS_DELETE_CASCADE_ON') : t('GITOPS_DELETE_CASCADE_OFF')}</Help>
      </div>
      <Field>
        <label htmlFor={inputId}>{t('GITOPS_DELETE_TYPE_NAME', { name })}</label>
        <Input
          id={inputId}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
            setTyped(e.target.value);
            onTypedChange(e.target.value === name);
          }}
        />
      </Field>
    </Form>
  );
}

/**
 * Delete an application, optionally with everything it deployed (`cascade=true`). The name must
 * be typed first. A 404 means someone else deleted it already, which is what the user wanted.
 */
export function DeleteDialog({ open, onClose, project, name, onDeleted, onFailed }: DeleteDialogProps) {
  const formId = useUniqueId('gitops-delete-form');
  const remove = useDeleteApplication(project);
  const [confirmed, setConfirmed] = React.useState(false);

  const close = () => {
    remove.reset();
    setConfirmed(false);
    onClose();
  };

  const submit = (cascade: boolean) => {
    if (remove.isLoading) return;
    remove.mutate(
      { name, cascade },
      {
        onSuccess: () => onDeleted(cascade),
        onError: (error) => {
          if (errorKind(error) === 'notFound') onDeleted(cascade);
          else onFailed?.(error);
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      title={t('GITOPS_DELETE_TITLE', { name })}
      description={t('GITOPS_DELETE_DESC')}
      onClose={close}
      footer={
        <SubmitFooter
          formId={formId}
          submitLabel={t('GITOPS_DELETE')}
          onCancel={close}
          busy={remove.isLoading}
          color="error"
          disabled={!confirmed}
        />
      }
    >
      <DeleteForm formId={formId} name={name} error={remove.error} onSubmit={submit} onTypedChange={setConfirmed} />
    </Dialog>
  );
}
