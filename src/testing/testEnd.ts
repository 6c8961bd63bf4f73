/**
 * What a test started and must undo when it ends (a rendered page, its emulator), run by the unit
 * tests' setup file after the test's own `afterEach` hooks. A kit registers here rather than with
 * `afterEach` at import: when test files share a worker without isolation, a module is imported
 * once, and hooks registered at import would run for the first file only. Never imported by
 * shipped code.
 */
type Undo = () => unknown;

const pending: Undo[] = [];

/** Runs `undo` once the current test ends (after its file's `afterEach` hooks). */
export function whenTestEnds(undo: Undo): void {
  pending.push(undo);
}

/** Runs what the ending test registered, in order. */
export async function endTest(): Promise<void> {
  while (pending.length) await pending.shift()!();
}
