import fs from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const DOCBLOCK_ENV = /@vitest-environment\s+([\w-]+)/;

function environmentOf(file: string): string {
  const head = fs.readFileSync(file, 'utf8').slice(0, 500);
  return DOCBLOCK_ENV.exec(head)?.[1] ?? 'node';
}

/**
 * Vitest's order (failed, then slowest first), with the files of one environment together: a
 * worker is reused, with its module cache, only by a file of the same environment, so mixing
 * them would start a worker (and import everything again) at every switch.
 */
export class ByEnvironmentSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const env = new Map(sorted.map((spec) => [spec, environmentOf(spec.moduleId)]));
    const order = [...new Set(env.values())];
    return [...sorted].sort((a, b) => order.indexOf(env.get(a)!) - order.indexOf(env.get(b)!));
  }
}
