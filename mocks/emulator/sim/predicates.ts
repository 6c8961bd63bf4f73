/**
 * The event filter of ks-devops' ApplicationReconciler, transcribed:
 * `predicate.Or(GenerationChangedPredicate, finalizersChangedPredicate,
 * specificAnnotationsOrLabelsChangedPredicate{filter: "argoproj.io"})`
 * (controllers/argocd/application_controller.go L443-453).
 *
 * Create events always pass (controller-runtime v0.19.2 pkg/predicate/predicate.go
 * L77-82: `TypedFuncs` returns true for events it has no function for). The
 * cache's periodic resync (every 10 h by default, pkg/cache/cache.go L45)
 * delivers updates whose old and new objects are identical: they pass none of
 * the three, so a resync never wakes the reconciler.
 */
import type { Loose } from '../core/util';
import type { AppObject, Change } from './store';

const FILTER = 'argoproj.io';

type StringMap = Record<string, string> | undefined;

/**
 * reflect.DeepEqual on two map[string]string as the informer decodes them:
 * empty maps are omitted on the wire (omitempty), so both sides are nil then.
 */
function mapsEqual(a: StringMap, b: StringMap): boolean {
  const [x, y] = [a ?? {}, b ?? {}];
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && x[k] === y[k]);
}

/** reflect.DeepEqual on two []string (order matters; empty is omitted on the wire, so it equals nil). */
function listsEqual(a: string[] | undefined, b: string[] | undefined): boolean {
  const [x, y] = [a ?? [], b ?? []];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** mapKeysContains (L430-439): any key of any of the maps contains the filter. */
function mapKeysContains(filter: string, ...maps: StringMap[]): boolean {
  return maps.some((m) => Object.keys(m ?? {}).some((k) => k.includes(filter)));
}

const meta = (o: AppObject): Record<string, Loose> => o.metadata ?? {};

/** predicate.GenerationChangedPredicate (controller-runtime v0.19.2 pkg/predicate/predicate.go L209-220). */
export function generationChanged(before: AppObject, after: AppObject): boolean {
  return meta(before).generation !== meta(after).generation;
}

/** finalizersChangedPredicate (L392-411). */
export function finalizersChanged(before: AppObject, after: AppObject): boolean {
  return !listsEqual(meta(after).finalizers, meta(before).finalizers);
}

/**
 * specificAnnotationsOrLabelsChangedPredicate (L413-428). If the annotations
 * changed at all, it fires when any annotation key, old or new, contains the
 * filter (the labels are then not looked at); otherwise, if the labels
 * changed, when any label key, old or new, contains it. Keys that did not
 * change count as much as the changed ones.
 */
export function argoKeysChanged(before: AppObject, after: AppObject, filter = FILTER): boolean {
  const [b, a] = [meta(before), meta(after)];
  if (!mapsEqual(a.annotations, b.annotations)) return mapKeysContains(filter, a.annotations, b.annotations);
  if (!mapsEqual(a.labels, b.labels)) return mapKeysContains(filter, a.labels, b.labels);
  return false;
}

/** Whether a store change wakes the ApplicationReconciler. */
export function reconcilerWakesOn(change: Change): boolean {
  // Objects written through the control API verbatim stand for data no controller has seen.
  if (change.raw) return false;
  // A delete event passes the filter too, but the reconcile then finds nothing (Get -> NotFound, L61-64).
  if (change.kind === 'deleted') return false;
  if (change.kind === 'added' || !change.before || !change.after) return true;
  const { before, after } = change;
  return generationChanged(before, after) || finalizersChanged(before, after) || argoKeysChanged(before, after);
}
