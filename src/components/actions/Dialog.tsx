import * as React from 'react';
import { Modal } from '@kubed/components';
import styled from 'styled-components';
import { colors } from '../theme';

const Body = styled.div`
  padding: 20px;
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
    <Modal
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
    </Modal>
  );
}
