import * as React from 'react';
import { Button } from '@kubed/components';
import { useNavigate } from 'react-router-dom';
import { t } from '../../host';
import { ConfirmButton } from './ConfirmButton';
import { Actions } from './styles';

export interface WizardActionsProps {
  mode: 'create' | 'edit';
  /** The form shows Previous and Next; the YAML view only sends. */
  view: 'form' | 'yaml';
  hasPrevious: boolean;
  hasNext: boolean;
  busy: boolean;
  /** Sending is not possible yet; `blockedBy` is the id of the sentence saying why. */
  blocked: boolean;
  blockedBy: string;
  /** Where Cancel leads. */
  cancelTo: string;
  onPrevious(): void;
  onNext(): void;
  onSubmit(): void;
  /** Absent when Discard is offered elsewhere on the page (next to a restored draft's message). */
  onDiscard?(): void;
}

/**
 * Cancel, Previous, Next (or Create / Save on the last step and in YAML) and Discard draft. The
 * forward action is the console's primary button: kube-design's dark `secondary` colour with its
 * shadow, as kube-design's Modal draws OK and kubesphere/console's wizards their Next and Create
 * (`packages/console/src/pages/clusters/containers/Clusters/AddClusterModal/index.tsx`); kube-design's
 * green `primary` reads as a disabled button next to them.
 */
export function WizardActions(props: WizardActionsProps) {
  const { mode, view, hasPrevious, hasNext, busy, blocked, blockedBy } = props;
  const navigate = useNavigate();
  return (
    <Actions>
      <Button type="button" onClick={() => navigate(props.cancelTo)}>
        {t('GITOPS_WIZARD_CANCEL')}
      </Button>
      {view === 'form' && hasPrevious ? (
        <Button type="button" onClick={props.onPrevious}>
          {t('GITOPS_WIZARD_PREVIOUS')}
        </Button>
      ) : null}
      {view === 'form' && hasNext ? (
        <Button type="button" color="secondary" shadow onClick={props.onNext}>
          {t('GITOPS_WIZARD_NEXT')}
        </Button>
      ) : (
        <Button
          type="button"
          color="secondary"
          shadow
          disabled={busy || blocked}
          loading={busy}
          aria-describedby={blocked ? blockedBy : undefined}
          onClick={props.onSubmit}
        >
          {busy ? t('GITOPS_WIZARD_SUBMITTING') : t(mode === 'edit' ? 'GITOPS_WIZARD_SAVE' : 'GITOPS_WIZARD_CREATE')}
        </Button>
      )}
      {props.onDiscard ? (
        <ConfirmButton
          label={t('GITOPS_WIZARD_DISCARD')}
          question={t('GITOPS_WIZARD_DISCARD_CONFIRM')}
          confirmLabel={t('GITOPS_WIZARD_DISCARD_YES')}
          onConfirm={props.onDiscard}
        />
      ) : null}
    </Actions>
  );
}
