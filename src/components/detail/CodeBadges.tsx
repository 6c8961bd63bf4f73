import * as React from 'react';
import {
  healthIcon,
  healthLabelKey,
  healthSeverity,
  phaseIcon,
  phaseLabelKey,
  phaseSeverity,
  resultIcon,
  resultLabelKey,
  resultSeverity,
  syncIcon,
  syncLabelKey,
  syncSeverity,
} from '../../model';
import { t } from '../../host';
import { StatusBadge } from '../status/StatusBadge';

/** The translated word for a code, or the code itself when this console has no word for it. */
function word(key: string | null, code: string): string {
  return key ? t(key) : code;
}

/** Health of one resource or group: icon plus text. */
export function HealthCode({ code }: { code: string }) {
  return <StatusBadge severity={healthSeverity(code)} icon={healthIcon(code)} label={word(healthLabelKey(code), code)} />;
}

/** Sync status of one resource or group: icon plus text. */
export function SyncCode({ code }: { code: string }) {
  return <StatusBadge severity={syncSeverity(code)} icon={syncIcon(code)} label={word(syncLabelKey(code), code)} />;
}

/** Phase of an operation or a hook: icon plus text. */
export function PhaseCode({ code }: { code: string }) {
  return <StatusBadge severity={phaseSeverity(code)} icon={phaseIcon(code)} label={word(phaseLabelKey(code), code)} />;
}

/** What a sync did to one resource: icon plus text. */
export function ResultCode({ code }: { code: string }) {
  return <StatusBadge severity={resultSeverity(code)} icon={resultIcon(code)} label={word(resultLabelKey(code), code)} />;
}
