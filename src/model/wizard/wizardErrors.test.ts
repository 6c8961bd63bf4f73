import { describe, expect, it } from 'vitest';
import { submitErrorStep } from './wizardErrors';

const f = (kind: string, status: number, serverMessage: string) => ({ kind, status, serverMessage });

describe('submit errors', () => {
  it('puts a taken name next to the name', () => {
    const taken = f('already-exists', 409, 'applications.gitops.kubesphere.io "guestbook" already exists');
    expect(submitErrorStep(taken)).toBe('basic');
  });

  it('finds the step of a field the server names', () => {
    expect(submitErrorStep(f('invalid', 422, 'Application.gitops.kubesphere.io "Bad" is invalid: metadata.name: Invalid value'))).toBe(
      'basic',
    );
    expect(submitErrorStep(f('invalid', 422, 'metadata.labels: Invalid value: "a b"'))).toBe('basic');
    const decode = f(
      'server',
      500,
      'json: cannot unmarshal string into Go struct field RetryStrategy.spec.argoApp.spec.syncPolicy.retry.limit of type int64',
    );
    expect(submitErrorStep(decode)).toBe('sync');
  });

  it('shows everything else on the review step', () => {
    expect(submitErrorStep(f('forbidden', 403, 'applications.gitops.kubesphere.io is forbidden: User "x" cannot create resource'))).toBe(
      'review',
    );
  });
});
