import * as React from 'react';
import type { Application, ApplicationList } from '../model/application/types';
import { type ParsedArgoStatus, parseArgoStatus } from '../model/status/argoStatus';
import { applyStatusChange, type StatusChange } from '../model/status/statusPatch';
import { shareResources } from '../model/tree/sharedResources';
import { createStatusDecoder, type StatusDecoder, type WorkerStart } from './argoStatusDecoder';

/**
 * `status.argoApp` decoded once per application version, for every page.
 *
 * The controller stores Argo CD's whole `.status` as one JSON string, which for an application
 * with thousands of resources is worth not parsing on every poll and every render. Kubernetes
 * gives every write a new `metadata.resourceVersion`, so `uid` + `resourceVersion` names one
 * version of one application: the list and the detail page, which fetch the same object through
 * different endpoints, share the decoded result. The queries decode in their `select` (see
 * `applications.ts`); everything that shows a status (list rows, badges, the header, the tree,
 * diagnostics, refresh, the sync dialog) reads it with `argoStatusOf`, which finds it here.
 */

/** Enough for the largest list page (100 rows) several times over, and the detail page. */
const MAX_ENTRIES = 500;

interface Entry {
  /** The string decoded: a hit must hold the very same text, whatever a fake server or fixture does with versions. */
  text: unknown;
  parsed: ParsedArgoStatus;
}

/** Least recently used first (a Map keeps insertion order). */
const byVersion = new Map<string, Entry>();
/**
 * The last version decoded of each application: a new version whose status did not change (an
 * edit of labels, annotations or spec) reuses its result, so what is built from it (the resource
 * tree) stays as it is.
 */
const lastByUid = new Map<string, Entry>();
/** Objects without a uid or resourceVersion (never from a real server): decoded once per object. */
const unversioned = new WeakMap<object, Entry>();

const NO_APP = parseArgoStatus(undefined);

function versionKey(app: Application): string | undefined {
  const uid = app.metadata?.uid;
  const version = app.metadata?.resourceVersion;
  return uid && version ? `${uid}\u0000${version}` : undefined;
}

/** Puts `entry` last (most recently used), dropping the least recently used beyond the limit. */
function remember(map: Map<string, Entry>, key: string, entry: Entry): void {
  map.delete(key);
  map.set(key, entry);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}

/**
 * Decodes a new status of an application, keeping the resource objects of its previous status
 * that did not change: the tree built from them keeps its unchanged entries and rows as they are.
 */
function decodeAfter(previous: Entry | undefined, text: unknown): ParsedArgoStatus {
  const parsed = parseArgoStatus(text);
  if (!previous?.parsed.status || !parsed.status) return parsed;
  return { ...parsed, status: shareResources(previous.parsed.status, parsed.status) };
}

/** The decoded `status.argoApp` of `app`, decoded at most once per version (and the same object every time). */
export function argoStatusOf(app: Application | undefined): ParsedArgoStatus {
  if (!app) return NO_APP;
  const text = app.status?.argoApp;
  const key = versionKey(app);
  const entry = key === undefined ? unversioned.get(app) : byVersion.get(key);
  if (entry && entry.text === text) {
    if (key !== undefined) remember(byVersion, key, entry);
    return entry.parsed;
  }
  if (key === undefined) {
    const fresh: Entry = { text, parsed: parseArgoStatus(text) };
    unversioned.set(app, fresh);
    return fresh.parsed;
  }
  const uid = app.metadata.uid as string;
  const previous = lastByUid.get(uid);
  if (previous && previous.text !== text && decodesElsewhere(uid, previous, text)) {
    // Until the worker answers, the status before stands: a refresh of a large application shows
    // a moment later instead of holding the page.
    return previous.parsed;
  }
  const found: Entry = previous && previous.text === text ? previous : { text, parsed: decodeAfter(previous, text) };
  remember(byVersion, key, found);
  remember(lastByUid, uid, found);
  return found.parsed;
}

/**
 * A refreshed status this long is decoded in a worker: 20,000 resources make a text of 6.6 MB
 * whose parse and decode held the page for 100-150 ms at each change. The first decode of an
 * application stays on the page, which has nothing to show before it.
 */
export const DECODE_ELSEWHERE_FROM = 1_000_000;

let decoder: StatusDecoder | undefined;
let startDecoder: WorkerStart | undefined;
/** Applications whose worker failed: decoded on the page from then on. */
const decodeHere = new Set<string>();
const listeners = new Set<() => void>();

function decodesElsewhere(uid: string, previous: Entry, text: unknown): boolean {
  if (typeof text !== 'string' || text.length < DECODE_ELSEWHERE_FROM || decodeHere.has(uid)) return false;
  if (typeof previous.text !== 'string' || !previous.parsed.status) return false;
  decoder ??= createStatusDecoder(
    decoded,
    (failed) => {
      decodeHere.add(failed);
      notify();
    },
    startDecoder,
  );
  return decoder.request(uid, previous.text, text);
}

function decoded(uid: string, previousText: string, text: string, change: StatusChange): void {
  const previous = lastByUid.get(uid);
  // Another text was decoded on the page meanwhile: the change no longer applies; the next read asks again.
  if (previous?.text === previousText) {
    const parsed: ParsedArgoStatus = { status: applyStatusChange(previous.parsed.status, change), problems: change.problems };
    remember(lastByUid, uid, { text, parsed });
  }
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Draws the component again when a status decoded in a worker arrives (`argoStatusOf` then
 * finds it), for pages that show large applications.
 */
export function useDecodedStatuses(): void {
  const [, redraw] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => {
    listeners.add(redraw);
    return () => {
      listeners.delete(redraw);
    };
  }, []);
}

/**
 * `select` of an application query: decodes its status into the shared cache and keeps the data
 * as it is (so structural sharing and every reader of `data` stay unchanged). The query runs it
 * only when new data arrives.
 */
export function selectDecodedApplication(app: Application): Application {
  argoStatusOf(app);
  return app;
}

/** `select` of a list query: each row's status decoded once per version, ready for the rows. */
export function selectDecodedList(list: ApplicationList): ApplicationList {
  for (const app of list.items ?? []) argoStatusOf(app);
  return list;
}

/** For tests: forget every decoded status (and, with `start`, decode refreshes in that worker). */
export function clearDecodedStatuses(start?: WorkerStart): void {
  byVersion.clear();
  lastByUid.clear();
  decodeHere.clear();
  decoder = undefined;
  startDecoder = start;
}
