import * as React from 'react';
import { Button } from '@kubed/components';
import { t } from '../../host';
import { Row } from './styles';

/** A button that asks once more, in place, before it acts; the focus follows the question. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm(): void;
}) {
  const [asking, setAsking] = React.useState(false);
  const yes = React.useRef<HTMLButtonElement>(null);
  const opener = React.useRef<HTMLButtonElement>(null);
  const wasAsking = React.useRef(false);
  React.useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button type="button" variant="text" ref={opener} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <Row role="group" aria-label={question}>
      <span>{question}</span>
      <Button type="button" color="error" ref={yes} onClick={onConfirm}>
        {confirmLabel}
      </Button>
      <Button type="button" onClick={() => setAsking(false)}>
        {t('GITOPS_WIZARD_KEEP')}
      </Button>
    </Row>
  );
}
