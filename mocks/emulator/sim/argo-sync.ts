/**
 * One sync operation of the simulated Argo CD, as a pure function: which
 * objects get applied or pruned and the `syncResult.resources` Argo CD would
 * report (kubectl-style messages, hook phases, SyncFailed for rejected objects).
 */
import type { Loose } from '../core/util';
import { initialHealth, INVALID_CONFIG_KEY, kubectlName, type LiveObject, type World } from './argo-status';
import { resourceKey, type DesiredResource } from './manifests';

export interface SyncInput {
  appName: string;
  resources: DesiredResource[];
  world: World;
  revision: string;
  sync: Record<string, Loose>;
}

export interface SyncOutcome {
  results: Record<string, Loose>[];
  applied: LiveObject[];
  pruned: string[];
  failure?: string;
}

function selected(d: DesiredResource, only: Array<Record<string, Loose>> | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some(
    (r) =>
      r.kind === d.kind &&
      r.name === d.name &&
      (r.group === undefined || r.group === d.group) &&
      (r.namespace === undefined || r.namespace === '' || r.namespace === d.namespace),
  );
}

function result(
  d: { group: string; version: string; kind: string; namespace: string; name: string },
  fields: Record<string, Loose>,
): Record<string, Loose> {
  return { group: d.group, version: d.version, kind: d.kind, namespace: d.namespace, name: d.name, ...fields };
}

export function runSync(input: SyncInput): SyncOutcome {
  const { appName, world, revision, sync } = input;
  const dryRun = sync.dryRun === true;
  const suffix = dryRun ? ' (dry run)' : '';
  const only = sync.resources as Array<Record<string, Loose>> | undefined;
  const outcome: SyncOutcome = { results: [], applied: [], pruned: [] };
  const targets = input.resources.filter((d) => selected(d, only));

  const hook = (phase: 'PreSync' | 'PostSync') => {
    for (const d of targets.filter((r) => r.hook === phase)) {
      outcome.results.push(
        result(d, {
          status: 'Synced',
          message: `${kubectlName(d)} created${suffix}`,
          hookType: phase,
          hookPhase: dryRun ? 'Running' : 'Succeeded',
          syncPhase: phase,
        }),
      );
    }
  };

  hook('PreSync');
  for (const d of targets) {
    if (d.hook) continue;
    if (d.scenario === 'fail-apply' && d.kind === 'ConfigMap') {
      const message = INVALID_CONFIG_KEY(d.name);
      outcome.failure ??= message;
      outcome.results.push(result(d, { status: 'SyncFailed', message, hookPhase: 'Failed', syncPhase: 'Sync' }));
      continue;
    }
    const key = resourceKey(d);
    const live = world.get(key);
    const verb = !live ? 'created' : live.owner === appName && live.revision === revision ? 'unchanged' : 'configured';
    outcome.results.push(
      result(d, { status: 'Synced', message: `${kubectlName(d)} ${verb}${suffix}`, hookPhase: 'Running', syncPhase: 'Sync' }),
    );
    if (dryRun) continue;
    const keepHealth = live && live.owner === appName && live.revision === revision;
    const fresh = initialHealth(d);
    outcome.applied.push({
      group: d.group,
      version: d.version,
      kind: d.kind,
      namespace: d.namespace,
      name: d.name,
      owner: appName,
      revision,
      health: keepHealth ? live.health : fresh.health,
      healthMessage: keepHealth ? live.healthMessage : fresh.message,
      images: d.images ?? [],
      desired: d,
    });
  }

  // Pruning only applies to a full sync: a selective sync never touches other objects.
  if (!only || only.length === 0) {
    const desired = new Set(input.resources.map(resourceKey));
    for (const [key, live] of world) {
      if (live.owner !== appName || desired.has(key)) continue;
      // Prune tasks finish in the wave they run in: Argo CD records them Succeeded (gitops-engine
      // pkg/sync sync_context.go pruneObject; real statuses show PruneSkipped with hookPhase
      // Succeeded), unlike applied resources, whose Running is never updated.
      if (sync.prune === true) {
        outcome.results.push(result(live, { status: 'Pruned', message: `pruned${suffix}`, hookPhase: 'Succeeded', syncPhase: 'Sync' }));
        if (!dryRun) outcome.pruned.push(key);
      } else {
        outcome.results.push(
          result(live, { status: 'PruneSkipped', message: 'ignored (requires pruning)', hookPhase: 'Succeeded', syncPhase: 'Sync' }),
        );
      }
    }
  }
  if (!outcome.failure) hook('PostSync');
  return outcome;
}

/** The operation Argo CD's auto-sync puts on an app that is OutOfSync. */
export function autoSyncOperation(spec: Record<string, Loose>, revision: string): Record<string, Loose> {
  const policy = spec.syncPolicy ?? {};
  return {
    sync: {
      revision,
      ...(policy.automated?.prune ? { prune: true } : {}),
      ...(policy.syncOptions ? { syncOptions: policy.syncOptions } : {}),
    },
    initiatedBy: { automated: true },
    retry: JSON.parse(JSON.stringify(policy.retry ?? {})),
  };
}

export function finishedOperationState(
  base: Record<string, Loose>,
  outcome: SyncOutcome,
  revision: string,
  source: unknown,
  finishedAt: string,
): Record<string, Loose> {
  return {
    ...base,
    phase: outcome.failure ? 'Failed' : 'Succeeded',
    message: outcome.failure ? `one or more objects failed to apply, reason: ${outcome.failure}` : 'successfully synced (all tasks run)',
    syncResult: { resources: outcome.results, revision, source },
    finishedAt,
  };
}

/** Appends a deployment to `history`, keeping `revisionHistoryLimit` entries (default 10). */
export function withHistory(
  history: Array<Record<string, Loose>> | undefined,
  spec: Record<string, Loose>,
  entry: { deployStartedAt: string; deployedAt: string; revision: string },
): Array<Record<string, Loose>> {
  const next = [...(history ?? [])];
  const id = next.length > 0 ? next[next.length - 1].id + 1 : 0;
  next.push({ ...entry, id, source: spec.source });
  return next.slice(-Math.max(1, Number(spec.revisionHistoryLimit ?? 10)));
}
