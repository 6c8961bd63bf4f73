import * as React from 'react';
import { t } from '../../host';
import { Notice } from '../wizard/styles';
import type { LinedDiagnostic } from './analysis';

export interface DroppedKeysNoticeProps {
  /** The diagnostics of keys the server would drop. */
  dropped: LinedDiagnostic[];
  /** Moves the editor's cursor to `offset`. */
  onGo(offset: number): void;
}

/**
 * Keys the KubeSphere Application does not have, which the server drops without a word when
 * the application is saved. Not an error: the text keeps them and the user decides. No live
 * region, so typing a key letter by letter is not read out at every keystroke.
 */
export function DroppedKeysNotice({ dropped, onGo }: DroppedKeysNoticeProps) {
  if (dropped.length === 0) return null;
  return (
    <Notice tone="warning" data-testid="wizard-yaml-dropped">
      <p>{t('GITOPS_WIZARD_DROPPED_KEYS')}</p>
      <ul>
        {dropped.map((d, i) => (
          <li key={`${d.dropped?.text}-${i}`}>
            <button type="button" className="gitops-wizard-linklike" onClick={() => onGo(d.from)}>
              {t('GITOPS_WIZARD_YAML_AT_LINE', { line: d.line })}
            </button>{' '}
            <code>{d.dropped?.text}</code>
            {d.dropped?.hint ? <> {t(d.dropped.hint)}</> : null}
          </li>
        ))}
      </ul>
      <p>{t('GITOPS_WIZARD_DROPPED_KEYS_KEPT')}</p>
    </Notice>
  );
}
