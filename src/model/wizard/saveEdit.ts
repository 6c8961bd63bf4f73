/**
 * Saving an edit through the GitOps API, whose reads lag its writes (reference §1.5, §9): the
 * PUT handler copies the resourceVersion of its CACHED copy into the body, so a PUT shortly after
 * any write (the user's own previous save included) can be refused with 409 "the object has been
 * modified" although nobody else changed anything, and the GET that follows may still return
 * the same stale copy for a moment. That heals by itself once the cache has caught up.
 *
 * So on a 409: read again, with short growing pauses while the server still shows the version
 * the PUT was refused against; re-apply the user's edits onto what it shows then (`rebaseEdit`);
 * and send again by itself when nobody else changed the same fields. Only someone else's change
 * to the same fields stops it (the conflict flow), and a cache still lagging after a few seconds
 * is said as such, never as an error. The user's edits are re-applied, never replaced.
 */
import type { Application } from '../application/types';
import { prepareUpdate, rebaseEdit } from './wizardSubmit';

/** Pauses between re-reads while the server still shows the refused version: about 3 s in all. */
export const CATCH_UP_DELAYS_MS: readonly number[] = [150, 300, 600, 1_000, 1_200];

/** How many times a 409 is followed by a new PUT without asking the user. */
export const AUTO_RESENDS = 2;

export interface SaveEditIo {
  /** The server's copy now (its cache); rejects with the request's error. */
  read(): Promise<Application>;
  /** Sends the PUT body; rejects with the request's error. */
  put(body: Application): Promise<Application>;
  /** A 409 caused by a stale resourceVersion. */
  isConflict(error: unknown): boolean;
  wait(ms: number): Promise<void>;
  /** The user's edits now sit on `latest` (no field in conflict): keep the draft there too. */
  onRebased(latest: Application): void;
  /** A 409 came back: the server is being given time to catch up. */
  onCatchingUp(): void;
}

export type SaveEditOutcome =
  /** `caughtUp`: saved after a 409 that healed by itself. */
  | { kind: 'saved'; saved: Application; caughtUp: boolean }
  /** Someone else changed fields the user changed too: their edits re-applied, for review. */
  | { kind: 'conflict'; conflicts: string[]; rebased: Application; latest: Application }
  /** The server still had not caught up after the automatic tries; nothing is lost, try later. */
  | { kind: 'lagging' }
  | { kind: 'failed'; error: unknown };

const versionOf = (app: Application) => app.metadata?.resourceVersion ?? '';

/**
 * `app` is an older copy than `than`. resourceVersions are opaque to clients, but
 * kube-apiserver's are etcd revisions, which only grow: when both read as integers, a smaller one
 * is a copy the lagging cache still holds (the wizard may have opened the copy a save returned).
 */
function isOlder(app: Application, than: Application): boolean {
  const [a, b] = [versionOf(app), versionOf(than)];
  return /^\d+$/.test(a) && /^\d+$/.test(b) && BigInt(a) < BigInt(b);
}

/** Reads until the server's copy is no longer `stale`, or the pauses run out. */
async function readPast(io: SaveEditIo, stale: (app: Application) => boolean): Promise<Application> {
  let latest = await io.read();
  for (const delay of CATCH_UP_DELAYS_MS) {
    if (!stale(latest)) return latest;
    await io.wait(delay);
    latest = await io.read();
  }
  return latest;
}

/**
 * Saves `manifest`, the user's edits of `base` (the version the wizard opened), following the
 * rules above. Never throws: every way it ends is an outcome.
 */
export async function saveEdit(manifest: Application, base: Application, io: SaveEditIo): Promise<SaveEditOutcome> {
  let mine = manifest;
  let known = base;
  let caughtUp = false;
  try {
    // Re-applying the edits onto a copy older than the one they were made on would undo a change.
    let latest = await readPast(io, (app) => isOlder(app, known));
    for (let resends = 0; ; resends++) {
      if (versionOf(latest) !== versionOf(known) && !isOlder(latest, known)) {
        const { manifest: rebased, conflicts } = rebaseEdit(known, mine, latest);
        if (conflicts.length > 0) return { kind: 'conflict', conflicts, rebased, latest };
        mine = rebased;
        known = latest;
        io.onRebased(latest);
      }
      try {
        // What the server owns (operation, finalizers …) from the newest copy known.
        const server = isOlder(latest, known) ? known : latest;
        return { kind: 'saved', saved: await io.put(prepareUpdate(mine, server).body), caughtUp };
      } catch (e) {
        if (!io.isConflict(e)) return { kind: 'failed', error: e };
        if (resends >= AUTO_RESENDS) return { kind: 'lagging' };
      }
      io.onCatchingUp();
      caughtUp = true;
      const refused = versionOf(latest);
      latest = await readPast(io, (app) => versionOf(app) === refused || isOlder(app, known));
    }
  } catch (e) {
    return { kind: 'failed', error: e };
  }
}

/**
 * `draft` moved onto `latest`: the user's edits, including any typed while a save was under way,
 * re-applied onto it, and `latest` the version they now count from.
 */
export function draftOnto<D extends { manifest: Application; base?: Application }>(draft: D, latest: Application): D {
  return { ...draft, manifest: rebaseEdit(draft.base ?? latest, draft.manifest, latest).manifest, base: latest };
}

/**
 * The PUT response as a version to count edits from: the server leaves out `apiVersion` and
 * `kind` there (reference §8), which the draft keeps.
 */
export function savedAsBase(saved: Application, draftBase: Application | undefined): Application {
  return { ...saved, apiVersion: saved.apiVersion ?? draftBase?.apiVersion, kind: saved.kind ?? draftBase?.kind };
}
