import * as React from 'react';
import { Button } from '@kubed/components';
import { t } from '../../host';
import { VisuallyHidden } from '../common/VisuallyHidden';

/** Writes `text` to the clipboard; falls back to selecting a hidden text area for older browsers. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not allowed here (no secure context, no permission): try the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** A copy button whose result is announced to screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = React.useState<'idle' | 'copied' | 'failed'>('idle');
  React.useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 3000);
    return () => window.clearTimeout(timer);
  }, [status]);
  return (
    <>
      <Button type="button" variant="outline" size="sm" onClick={() => copyText(text).then((ok) => setStatus(ok ? 'copied' : 'failed'))}>
        {status === 'copied' ? t('GITOPS_WIZARD_COPIED') : label}
      </Button>
      <VisuallyHidden role="status">
        {status === 'copied' ? t('GITOPS_WIZARD_COPIED') : status === 'failed' ? t('GITOPS_WIZARD_COPY_FAILED') : ''}
      </VisuallyHidden>
    </>
  );
}
