/**
 * One sync operation of the simulated Argo CD, as a pure function: which
 * objects get applied or pruned and the `syncResult.resources` Argo CD would
 * report (kubectl-style messages, hook phases, SyncFailed for rejected objects).
 */
import { initialHealth, INVALID_CONFIG_KEY, kubectlName, type LiveObject, type World } from './argo-status';
import { resourceKey, type DesiredResource } from './manifests';

export interface SyncInput {
  appName: string;
  resources: DesiredResource[];
  world: World;
  revision: string;
  sync: Record<string, any>;
}

export interface SyncOutcome {
  results: Record<string, any>[];
  applied: LiveObject[];
  pruned: string[];
  failure?: string;
}

function selected(d: DesiredResource, only: Array<Record<string, any>> | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some(
    (r) =>
      r.kind === d.kind &&
      r.name === d.name &&
      (r.group === undefined || r.group === d.group) &&
      (r.namespace === undefined || r.namespace === '' || r.namespace === d.namespace),
  );
}

function result(d: { group: string; version: string; kind: string; namespace: string; name: string }, fields: Record<string, any>): Record<string, any> {
  return { group: d.group, version: d.version, kind: d.kind, namespace: d.namespace, name: d.name, ...fields };
}

export function runSync(input: SyncInput): SyncOutcome {
  const { appName, world, revision, sync } = input;
  const dryRun = sync.dryRun === true;
  const suffix = dryRun ? ' (dry run)' : '';
  const only = sync.resources as Array<Record<string, any>> | undefined;
  const outcome: SyncOutcome = { results: [], applied: [], pruned: [] };
  const targets = input.resources.filter((d) => selected(d, only));

  const hook = (phase: 'PreSync' | 'PostSync') => {
    for (const d of targets.filter((r) => r.hook === phase)) {
      outcome.results.push(
        result(d, { status: 'Synced', message: `${kubectlName(d)} created${suffix}`, hookType: phase, hookPhase: dryRun ? 'Running' : 'Succeeded', syncPhase: phase }),
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
    outcome.results.push(result(d, { status: 'Synced', message: `${kubectlName(d)} ${verb}${suffix}`, hookPhase: 'Running', syncPhase: 'Sync' }));
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
    });
  }

  // Pruning only applies to a full sync: a selective sync never touches other objects.
  if (!only || only.length === 0) {
    const desired = new Set(input.resources.map(resourceKey));
    for (const [key, live] of world) {
      if (live.owner !== appName || desired.has(key)) continue;
      if (sync.prune === true) {
        outcome.results.push(result(live, { status: 'Pruned', message: `pruned${suffix}`, hookPhase: 'Running', syncPhase: 'Sync' }));
        if (!dryRun) outcome.pruned.push(key);
      } else {
        outcome.results.push(result(live, { status: 'PruneSkipped', message: 'ignored (requires pruning)', hookPhase: 'Running', syncPhase: 'Sync' }));
      }
    }
  }
  if (!outcome.failure) hook('PostSync');
  return outcome;
}
