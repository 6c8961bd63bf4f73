import { describe, expect, it, vi } from 'vitest';
import { workerEnvironment } from './workerEnvironment';

const worker = (name: string) => ({ name }) as unknown as Worker;

describe('the Monaco worker environment installed on the shared console page', () => {
  const own = { yaml: () => worker('our yaml'), editor: () => worker('our editor') };

  it('starts our own workers when the page had none', () => {
    const env = workerEnvironment(undefined, own);
    expect(env.getWorker('workerMain.js', 'yaml')).toEqual(worker('our yaml'));
    expect(env.getWorker('workerMain.js', 'editorWorkerService')).toEqual(worker('our editor'));
  });

  it("leaves another Monaco's editor worker in place, and still starts our YAML worker", () => {
    const theirs = vi.fn((_id: string, label: string) => worker(`their ${label}`));
    const env = workerEnvironment({ getWorker: theirs }, own);
    expect(env.getWorker('workerMain.js', 'editorWorkerService')).toEqual(worker('their editorWorkerService'));
    expect(env.getWorker('workerMain.js', 'yaml')).toEqual(worker('our yaml'));
    expect(theirs).toHaveBeenCalledTimes(1);
  });
});
