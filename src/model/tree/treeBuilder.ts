/**
 * The resource tree of one application as its status changes: `buildResourceTree`'s answer,
 * made from the previous one wherever it can be. A watch or a poll brings a new status every few
 * seconds; for 20,000 resources a tree made from scratch each time costs a long task and redraws
 * every row. With the resource objects of the previous status kept where nothing changed
 * (`sharedResources.ts`):
 * - the same resource lists give the same tree (the same object: nothing below it is redone);
 * - the same resources in the same order give the same structure: no sort, unchanged entries,
 *   leaves and groups kept by identity, only the groups above a changed resource counted again;
 * - anything else is built anew, still reusing the entries of the resources that stayed.
 */
import type { ArgoStatus } from '../application/types';
import { type MadeEntries, type ResourceEntry, resourceEntriesAfter } from './resourceEntries';
import { addEntry, addGroup, group, leaf, type ResourceTree, treeFromEntries } from './resourceTree';

export type TreeBuilder = (status: ArgoStatus | null | undefined, appName?: string) => ResourceTree;

interface Built {
  resources: unknown;
  results: unknown;
  appName: string;
  entries: ResourceEntry[];
  made: MadeEntries;
  tree: ResourceTree;
}

/** True when both lists name the same resources in the same order. */
function sameKeys(a: readonly ResourceEntry[], b: readonly ResourceEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i].key !== b[i].key) return false;
  return true;
}

/**
 * `previous.tree` with the entries of `entries` (same keys, same order as `previous.entries`):
 * groups none of whose leaves changed are kept as they are, the others are counted again.
 */
function sameShape(previous: Built, entries: readonly ResourceEntry[]): ResourceTree {
  // The few entries a refresh changed, by the entry each replaces.
  const changed = new Map<ResourceEntry, ResourceEntry>();
  for (let i = 0; i < entries.length; i++) if (entries[i] !== previous.entries[i]) changed.set(previous.entries[i], entries[i]);
  if (changed.size === 0) return previous.tree;
  const old = previous.tree.root;
  const root = group(old.key, 'application', old.label);
  for (const ns of old.children) {
    const kinds = ns.children.map((kind) => {
      if (!kind.children.some((l) => changed.has(l.resource!))) return kind;
      const fresh = group(kind.key, 'kind', kind.label);
      fresh.group = kind.group;
      for (const l of kind.children) {
        const e = changed.get(l.resource!);
        const node = e ? leaf(e) : l;
        fresh.children.push(node);
        addEntry(fresh, node.resource!);
      }
      return fresh;
    });
    let nsNode = ns;
    if (kinds.some((kind, i) => kind !== ns.children[i])) {
      nsNode = group(ns.key, 'namespace', ns.label);
      nsNode.children = kinds;
      for (const kind of kinds) addGroup(nsNode, kind);
    }
    root.children.push(nsNode);
    addGroup(root, nsNode);
  }
  const resources = previous.tree.resources.map((e) => changed.get(e) ?? e);
  return { root, resources, healthAvailable: resources.some((e) => e.health !== undefined) };
}

/** A `buildResourceTree(status, { appName })` that remembers its last answer to reuse it. */
export function resourceTreeBuilder(): TreeBuilder {
  let last: Built | undefined;
  return (status, appName = '') => {
    const resources = status?.resources;
    const results = status?.operationState?.syncResult?.resources;
    if (last && last.resources === resources && last.results === results && last.appName === appName) return last.tree;
    const { entries, made } = resourceEntriesAfter(status, last?.made);
    const tree =
      last && last.appName === appName && sameKeys(last.entries, entries) ? sameShape(last, entries) : treeFromEntries(entries, appName);
    last = { resources, results, appName, entries, made, tree };
    return tree;
  };
}
