import * as React from 'react';
import { Button, Checkbox } from '@kubed/components';
import { Download } from '@kubed/icons';
import { t } from '../../../host';
import { useUniqueId } from '../../detail/useUniqueId';
import { Hint, Toolbar } from './styles';

export const TAIL_CHOICES = [100, 500, 1000, 5000] as const;

export interface LogToolbarProps {
  containers: readonly string[];
  container: string;
  onContainer(name: string): void;
  tailLines: number;
  onTailLines(count: number): void;
  follow: boolean;
  onFollow(on: boolean): void;
  previous: boolean;
  onPrevious(on: boolean): void;
  /** Why "Previous container" cannot be chosen, or nothing when it can. */
  previousBlocked?: string;
  /** What choosing it shows (restarts, the last exit), when it can be chosen. */
  previousInfo?: string;
  wrap: boolean;
  onWrap(on: boolean): void;
  timestamps: boolean;
  onTimestamps(on: boolean): void;
  canDownload: boolean;
  onDownload(): void;
}

const checked = (set: (on: boolean) => void) => (e: React.ChangeEvent<HTMLInputElement>) => set(e.target.checked);

/** The panel's choices: which log, how much of it, and how to show it. */
export function LogToolbar(props: LogToolbarProps) {
  const containerId = useUniqueId('gitops-logs-container');
  const linesId = useUniqueId('gitops-logs-lines');
  const previousHelpId = useUniqueId('gitops-logs-previous-help');
  const followHelpId = useUniqueId('gitops-logs-follow-help');
  const previousHelp = props.previousBlocked ?? props.previousInfo;
  return (
    <>
      <Toolbar>
        {props.containers.length > 1 ? (
          <label htmlFor={containerId}>
            {t('GITOPS_LOGS_CONTAINER')}
            <select id={containerId} value={props.container} onChange={(e) => props.onContainer(e.target.value)}>
              {props.containers.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label htmlFor={linesId}>
          {t('GITOPS_LOGS_LINES')}
          <select id={linesId} value={props.tailLines} onChange={(e) => props.onTailLines(Number(e.target.value))}>
            {TAIL_CHOICES.map((n) => (
              <option key={n} value={n}>
                {t('GITOPS_LOGS_LINES_OPTION', { count: n })}
              </option>
            ))}
          </select>
        </label>
        <Checkbox
          label={t('GITOPS_LOGS_FOLLOW')}
          checked={props.follow}
          disabled={props.previous}
          aria-describedby={props.previous ? followHelpId : undefined}
          onChange={checked(props.onFollow)}
        />
        <Checkbox
          label={t('GITOPS_LOGS_PREVIOUS')}
          checked={props.previous}
          disabled={!!props.previousBlocked}
          aria-describedby={previousHelp ? previousHelpId : undefined}
          onChange={checked(props.onPrevious)}
        />
        <Checkbox label={t('GITOPS_LOGS_WRAP')} checked={props.wrap} onChange={checked(props.onWrap)} />
        <Checkbox label={t('GITOPS_LOGS_TIMESTAMPS')} checked={props.timestamps} onChange={checked(props.onTimestamps)} />
        <Button
          variant="outline"
          size="sm"
          leftIcon={<Download size={16} aria-hidden />}
          disabled={!props.canDownload}
          onClick={props.onDownload}
        >
          {t('GITOPS_LOGS_DOWNLOAD')}
        </Button>
      </Toolbar>
      {previousHelp ? <Hint id={previousHelpId}>{previousHelp}</Hint> : null}
      {props.previous ? <Hint id={followHelpId}>{t('GITOPS_LOGS_FOLLOW_PREVIOUS')}</Hint> : null}
    </>
  );
}
