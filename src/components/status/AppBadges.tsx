import * as React from 'react';
import type { Application } from '../../model/types';
import type { ParsedArgoStatus } from '../../model/argoStatus';
import {
  appHealth,
  appSync,
  healthIcon,
  healthLabelKey,
  healthSeverity,
  syncIcon,
  syncLabelKey,
  syncSeverity,
  unknownReasonKey,
  type BadgeState,
} from '../../model/status';
import { t } from '../../host';
import { StatusBadge } from './StatusBadge';

function explanation(state: BadgeState<string>): string | undefined {
  return state.reason ? t(unknownReasonKey(state.reason)) : undefined;
}

function labelFor(key: string | null, code: string): string {
  return key ? t(key) : code;
}

export function HealthBadge({ app, parsed }: { app: Application; parsed?: ParsedArgoStatus }) {
  const state = appHealth(app, parsed);
  return (
    <StatusBadge
      severity={healthSeverity(state.code)}
      icon={healthIcon(state.code)}
      label={labelFor(healthLabelKey(state.code), state.code)}
      title={explanation(state)}
    />
  );
}

export function SyncBadge({ app, parsed }: { app: Application; parsed?: ParsedArgoStatus }) {
  const state = appSync(app, parsed);
  return (
    <StatusBadge
      severity={syncSeverity(state.code)}
      icon={syncIcon(state.code)}
      label={labelFor(syncLabelKey(state.code), state.code)}
      title={explanation(state)}
    />
  );
}
