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
import { StatusBadge } from './StatusBadge';

/** The translated word for a code, or the code itself when this console has no word for it. */
function word(key: string | null, code: string): string {
  return key ? t(key) : code;
}

/** A health code: icon plus text; `title` explains it (why it is Unknown). */
export function HealthCode({ code, title }: { code: string; title?: string }) {
  return <StatusBadge severity={healthSeverity(code)} icon={healthIcon(code)} label={word(healthLabelKey(code), code)} title={title} />;
}

/** A sync status code: icon plus text; `title` explains it (why it is Unknown). */
export function SyncCode({ code, title }: { code: string; title?: string }) {
  return <StatusBadge severity={syncSeverity(code)} icon={syncIcon(code)} label={word(syncLabelKey(code), code)} title={title} />;
}

/** Phase of an operation or a hook: icon plus text. */
export function PhaseCode({ code }: { code: string }) {
  return <StatusBadge severity={phaseSeverity(code)} icon={phaseIcon(code)} label={word(phaseLabelKey(code), code)} />;
}

/** What a sync did to one resource: icon plus text. */
export function ResultCode({ code }: { code: string }) {
  return <StatusBadge severity={resultSeverity(code)} icon={resultIcon(code)} label={word(resultLabelKey(code), code)} />;
}
