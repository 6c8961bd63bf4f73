import * as React from 'react';
import type { Application } from '../../model/application/types';
import type { ParsedArgoStatus } from '../../model/status/argoStatus';
import { appHealth, appSync, unknownReasonKey, type BadgeState } from '../../model/status/status';
import { t } from '../../host';
import { HealthCode, SyncCode } from './CodeBadges';

function explanation(state: BadgeState<string>): string | undefined {
  return state.reason ? t(unknownReasonKey(state.reason)) : undefined;
}

/** The application's health: status label first, then `status.argoApp`, else Unknown and why. */
export function HealthBadge({ app, parsed }: { app: Application; parsed?: ParsedArgoStatus }) {
  const state = appHealth(app, parsed);
  return <HealthCode code={state.code} title={explanation(state)} />;
}

/** The application's sync status, read the same way as its health. */
export function SyncBadge({ app, parsed }: { app: Application; parsed?: ParsedArgoStatus }) {
  const state = appSync(app, parsed);
  return <SyncCode code={state.code} title={explanation(state)} />;
}
