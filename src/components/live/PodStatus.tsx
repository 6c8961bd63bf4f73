import * as React from 'react';
import type { Severity, StatusIcon } from '../../model';
import type { PodSummary } from '../../model/live/podSummary';
import { StatusBadge } from '../status/StatusBadge';

/** A pod's colour: failing red, waiting or not ready amber, running and ready green, done grey. */
export function podSeverity(pod: PodSummary): { severity: Severity; icon: StatusIcon } {
  if (pod.failing) return { severity: 'error', icon: 'CloseCircleDuotone' };
  if (pod.phase === 'Succeeded' || pod.reason === 'Completed') return { severity: 'success', icon: 'Success' };
  if (pod.reason === 'Terminating') return { severity: 'info', icon: 'LoadingCircleDuotone' };
  if (pod.phase === 'Running' && pod.readyCount === pod.containerCount && pod.containerCount > 0)
    return { severity: 'success', icon: 'Success' };
  return { severity: 'warning', icon: 'LoadingCircleDuotone' };
}

/**
 * kubectl's STATUS word (CrashLoopBackOff, ImagePullBackOff, Running, Completed…) with its
 * colour. The word stays as Kubernetes writes it, in every language, as the KubeSphere console
 * and every runbook spell it.
 */
export function PodStatus({ pod }: { pod: PodSummary }) {
  const { severity, icon } = podSeverity(pod);
  return <StatusBadge severity={severity} icon={icon} label={pod.reason || pod.phase || '?'} />;
}
