import * as React from 'react';
import { t } from '../../host';
import { formatDateTime } from '../common/localeFormat';
import { relativeText } from './relativeTime';
import { Muted } from './styles';

/**
 * "Updated 12 seconds ago". It keeps its own clock, so the ticking re-renders this text only and never
 * the table. Not a live region: a screen reader would otherwise read it every second.
 */
export function UpdatedAgo({ updatedAt }: { updatedAt: number }) {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!updatedAt) return null;
  return (
    <Muted className="gitops-updated-ago" title={formatDateTime(updatedAt) ?? undefined}>
      {t('GITOPS_LIST_UPDATED', { when: relativeText(updatedAt, Math.max(now, updatedAt)) })}
    </Muted>
  );
}
