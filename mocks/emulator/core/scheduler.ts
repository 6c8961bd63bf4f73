/**
 * Every simulated transition (controller reaction, Argo CD reconcile, sync
 * progress) is a task a number of "steps" in the future. The timing mode only
 * decides how long a step is and who drives time:
 * - `fast`: ~20 ms steps on real (unref'd) timers, for tests that poll;
 * - `realistic`: ~1.5 s steps, for people watching the UI;
 * - `instant`: a virtual clock that moves only through tick/advance/settle,
 *   so unit tests are deterministic and never sleep.
 *
 * Background tasks are work that never lets the system become quiet: periodic
 * resyncs and the error backoff of a controller that retries for ever. Their
 * delays are durations of the emulated cluster (a 180 s resync is 180 s in
 * every mode); real timers and `advance` run them, while `tick`, `settle` and
 * `pending` ignore them, so "run until quiet" still ends.
 */

export type Timing = 'instant' | 'fast' | 'realistic';

export const TIMINGS: readonly Timing[] = ['instant', 'fast', 'realistic'];

const STEP_MS: Record<Timing, number> = { instant: 1000, fast: 20, realistic: 1500 };

interface Task {
  due: number;
  seq: number;
  label: string;
  fn: () => void;
  background: boolean;
  /** Scheduled zero steps ahead: a controller's reaction to a write (see `run`). */
  immediate: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export class Scheduler {
  private queue: Task[] = [];
  private seq = 0;
  private virtualNow: number;
  private skew = 0;
  private disposed = false;

  constructor(
    private mode: Timing,
    startTime: number = Date.now(),
    private readonly onError: (label: string, error: unknown) => void = () => undefined,
  ) {
    this.virtualNow = startTime;
  }

  get timing(): Timing {
    return this.mode;
  }

  /** After dispose: open log streams close themselves (api/kube-logs.ts). */
  get isDisposed(): boolean {
    return this.disposed;
  }

  get stepMs(): number {
    return STEP_MS[this.mode];
  }

  /** Wall clock of the emulated cluster (virtual in instant mode). */
  now(): number {
    return this.mode === 'instant' ? this.virtualNow : Date.now() + this.skew;
  }

  /** Foreground tasks only: background work is never "pending". */
  get pending(): number {
    let count = 0;
    for (const task of this.queue) if (!task.background) count++;
    return count;
  }

  schedule(steps: number, label: string, fn: () => void): void {
    this.push(this.now() + Math.max(0, steps) * this.stepMs, label, fn, false, steps <= 0);
  }

  /** Schedules background work `delayMs` of emulated time from now (see the header). */
  scheduleBackground(delayMs: number, label: string, fn: () => void): void {
    this.push(this.now() + Math.max(0, delayMs), label, fn, true, false);
  }

  /** Runs the earliest pending foreground task; returns false when nothing is pending. */
  tick(): boolean {
    const task = this.earliest(false);
    if (!task) return false;
    if (this.mode === 'instant') this.virtualNow = Math.max(this.virtualNow, task.due);
    this.run(task);
    return true;
  }

  /** Moves the clock forward, running every task that falls due (background ones too); returns how many ran. */
  advance(ms: number): number {
    const target = this.now() + Math.max(0, ms);
    let ran = 0;
    for (let task = this.earliest(true); task && task.due <= target; task = this.earliest(true)) {
      if (this.mode === 'instant') this.virtualNow = Math.max(this.virtualNow, task.due);
      this.run(task);
      ran++;
    }
    if (this.mode === 'instant') this.virtualNow = target;
    else this.skew += Math.max(0, target - (Date.now() + this.skew));
    return ran;
  }

  /** Runs tasks until the system is quiet (bounded, in case of a feedback loop). */
  settle(maxTasks = 10_000): number {
    let ran = 0;
    while (ran < maxTasks && this.tick()) ran++;
    return ran;
  }

  setTiming(mode: Timing): void {
    if (mode === this.mode) return;
    const now = this.now();
    const oldStep = this.stepMs;
    const pending = this.queue;
    for (const task of pending) if (task.timer) clearTimeout(task.timer);
    if (mode === 'instant') this.virtualNow = now;
    else this.skew = now - Date.now();
    this.mode = mode;
    for (const task of pending) {
      // Background delays are emulated time, not steps: they keep their due time.
      if (!task.background) task.due = now + (Math.max(0, task.due - now) / oldStep) * this.stepMs;
      task.timer = undefined;
      this.arm(task);
    }
  }

  /** Drops pending work (used by reset) without disposing the scheduler. */
  clear(): void {
    for (const task of this.queue) if (task.timer) clearTimeout(task.timer);
    this.queue = [];
  }

  dispose(): void {
    this.clear();
    this.disposed = true;
  }

  private push(due: number, label: string, fn: () => void, background: boolean, immediate: boolean): void {
    if (this.disposed) return;
    const task: Task = { due, seq: this.seq++, label, fn, background, immediate };
    this.queue.push(task);
    this.arm(task);
  }

  private earliest(withBackground: boolean): Task | undefined {
    let best: Task | undefined;
    for (const task of this.queue) {
      if (task.background && !withBackground) continue;
      if (!best || task.due < best.due || (task.due === best.due && task.seq < best.seq)) best = task;
    }
    return best;
  }

  private arm(task: Task): void {
    if (this.mode === 'instant') return;
    const delay = Math.max(0, task.due - this.now());
    const timer = setTimeout(() => this.run(task), delay);
    // Timers must never keep a test process or a CLI alive.
    (timer as { unref?: () => void }).unref?.();
    task.timer = timer;
  }

  /**
   * Runs `task`; a later step first lets every zero-step task already queued run, in order. A
   * controller reacts to a write within milliseconds, before Argo CD's next step: on real timers an
   * Argo CD step already overdue (a busy event loop) would otherwise fire first, and a status
   * published between a write and the controller's reaction to it would act on a world the real
   * controllers never see (the status controller unsetting an operation not yet handed to Argo CD).
   */
  private run(task: Task): void {
    if (!task.immediate) {
      for (let next = this.queue.find((t) => t.immediate); next; next = this.queue.find((t) => t.immediate)) this.run(next);
    }
    const index = this.queue.indexOf(task);
    if (index < 0) return;
    this.queue.splice(index, 1);
    if (task.timer) clearTimeout(task.timer);
    try {
      task.fn();
    } catch (error) {
      this.onError(task.label, error);
    }
  }
}
