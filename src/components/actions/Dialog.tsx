import * as React from 'react';
import { Button, Modal } from '@kubed/components';
import { t } from '../../host';
import styled from 'styled-components';
import { colors } from '../theme';

/** Space kept between the dialog and the window's top and bottom edges. */
const FRAME_MARGIN = 16;

const Body = styled.div`
  padding: 20px;
`;

/**
 * The dialog never grows past the window: its title and footer stay put and only the body
 * scrolls, so Cancel and the action stay in reach on a 720 px screen, also once an error has
 * made the form longer. The doubled class outweighs kube-design's own rules.
 */
const Frame = styled(Modal)`
  && {
    padding: ${FRAME_MARGIN}px 0;
  }
  && .kubed-modal-content {
    display: flex;
    flex-direction: column;
    max-height: calc(100vh - ${2 * FRAME_MARGIN}px);
  }
  && .kubed-modal-body {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  /* A long application name wraps instead of being cut; so does a long description. */
  && .kubed-modal-title .field-value {
    overflow-wrap: anywhere;
  }
  && .kubed-modal-title .field-label {
    white-space: normal;
  }
`;

// kube-design's header colour for the description is too faint to read (WCAG contrast).
const Description = styled.span`
  color: ${colors.text.muted};
`;

export interface DialogProps {
  open: boolean;
  title: string;
  description?: string;
  onClose(): void;
  footer: React.ReactNode;
  children?: React.ReactNode;
  width?: number;
  /** What gets focus when the dialog opens; defaults to its first form control or button. */
  initialFocusRef?: React.RefObject<HTMLElement>;
}

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * kube-design's Modal (rc-dialog: role="dialog", aria-modal, a focus trap and Escape) with the
 * focus handled the way the dialog pattern asks: into the first control on open, back to the
 * element that opened it on close. rc-dialog would focus an invisible sentinel, and its own
 * focus return is skipped once focus moved inside, so both are done here. The built-in close
 * button is off because its label is not translated; Cancel in the footer and Escape close.
 * The form inside starts afresh on every opening.
 */
export function Dialog({ open, title, description, onClose, footer, children, width = 640, initialFocusRef }: DialogProps) {
  const returnTo = React.useRef<HTMLElement | null>(null);

  React.useLayoutEffect(() => {
    if (open) {
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
      return;
    }
    const target = returnTo.current;
    returnTo.current = null;
    if (target && document.contains(target)) target.focus();
  }, [open]);

  const focusInside = React.useCallback(
    (node: HTMLDivElement | null) => {
      if (!node) return;
      // After rc-dialog's own mount work, so its focus handling does not override ours.
      window.setTimeout(() => {
        const target = initialFocusRef?.current ?? node.querySelector<HTMLElement>(FOCUSABLE);
        target?.focus();
      }, 0);
    },
    [initialFocusRef],
  );

  // Unmounted when closed: the leave animation would keep a closed dialog in the accessibility
  // tree until a transition event that never comes in some environments.
  if (!open) return null;
  return (
    <Frame
      visible
      title={title}
      description={description ? <Description>{description}</Description> : undefined}
      onCancel={onClose}
      footer={footer}
      width={width}
      closable={false}
      maskClosable={false}
      focusTriggerAfterClose={false}
      destroyOnClose
    >
      <Body ref={focusInside} className="gitops-dialog-body">
        {children}
      </Body>
    </Frame>
  );
}

export interface SubmitFooterProps {
  /** The form the main button submits. */
  formId: string;
  submitLabel: string;
  onCancel(): void;
  busy?: boolean;
  /** `error` for a destructive action. */
  color?: 'secondary' | 'error';
  disabled?: boolean;
}

/** Cancel and the form's main button, as every action dialog ends. */
export function SubmitFooter({ formId, submitLabel, onCancel, busy = false, color = 'secondary', disabled }: SubmitFooterProps) {
  return (
    <>
      <Button type="button" onClick={onCancel}>
        {t('GITOPS_CANCEL')}
      </Button>
      {/* Not disabled while sending: a disabled button drops the keyboard focus out of the dialog. */}
      <Button type="submit" form={formId} color={color} shadow loading={busy} disabled={disabled} aria-busy={busy || undefined}>
        {submitLabel}
      </Button>
    </>
  );
}
