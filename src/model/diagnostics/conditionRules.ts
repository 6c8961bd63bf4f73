/**
 * Rules that read Argo CD's conditions: a resource shared with another application, a
 * repository Argo CD cannot read, and every other condition shown as it is.
 */
import { argoAppName } from '../application/appInfo';
import { type Diagnostic, type DiagnoseOptions, type DiagnosticResource, type DiagnosticSeverity, keys, listed } from './diagnosticTypes';
import type { Application, ApplicationCondition } from '../application/types';

// --- SharedResourceWarning -------------------------------------------------------------------

// Argo CD: "<Kind>/<name> is part of applications <this app> and <other app>"; older releases:
// "<Kind>/<name> is part of a different application: <other app>".
const SHARED_BOTH = /^\s*([^/\s]+)\/(\S+) is part of applications (\S+) and (\S+?)\.?\s*$/;
const SHARED_OTHER = /^\s*([^/\s]+)\/(\S+) is part of a different application: (\S+?)\.?\s*$/;

const lastSegment = (qualified: string): string => qualified.slice(qualified.lastIndexOf('/') + 1);

function parseShared(message: string, own: ReadonlySet<string>): { kind: string; name: string; other: string } | null {
  const both = SHARED_BOTH.exec(message);
  if (both) {
    const [, kind, name, first, second] = both;
    // Argo CD names the reporting app first; check anyway, the order is not a contract.
    const other = own.has(lastSegment(second)) && !own.has(lastSegment(first)) ? first : second;
    return { kind, name, other };
  }
  const single = SHARED_OTHER.exec(message);
  return single ? { kind: single[1], name: single[2], other: single[3] } : null;
}

/**
 * One diagnostic per application that shares resources with this one, parsed from the
 * `SharedResourceWarning` messages; it names that application (as a KubeSphere app of the
 * project when `options.otherApps` knows it). Conditions it explains are added to `used`.
 */
export function sharedResources(
  app: Application,
  conditions: ApplicationCondition[],
  options: DiagnoseOptions,
  used: Set<ApplicationCondition>,
): Diagnostic[] {
  const own = new Set([argoAppName(app), app.metadata?.name ?? ''].filter(Boolean));
  const byOther = new Map<string, DiagnosticResource[]>();
  for (const c of conditions) {
    if (c.type !== 'SharedResourceWarning' || !c.message) continue;
    const parsed = parseShared(c.message, own);
    if (!parsed) continue;
    used.add(c);
    const list = byOther.get(parsed.other) ?? [];
    list.push({ kind: parsed.kind, name: parsed.name, namespace: '' });
    byOther.set(parsed.other, list);
  }
  const out: Diagnostic[] = [];
  for (const [other, resources] of byOther) {
    const otherName = lastSegment(other);
    const ksApp = (options.otherApps ?? []).find((a) => a.metadata?.name !== app.metadata?.name && argoAppName(a) === otherName);
    const k = keys('SHARED_RESOURCE');
    out.push({
      id: 'shared-resource',
      severity: 'warning',
      ...k,
      // Two KubeSphere apps overlap: change one of them. Otherwise the other app was made by
      // hand in Argo CD, and the guide's fix is to delete it.
      fixKey: ksApp ? 'GITOPS_DIAG_SHARED_RESOURCE_FIX_KUBESPHERE_APP' : k.fixKey,
      params: {
        otherApp: ksApp?.metadata?.name ?? other,
        count: resources.length,
        resources: resources.slice(0, 5).map((r) => `${r.kind}/${r.name}`),
      },
      resources: listed(resources),
    });
  }
  return out;
}

// --- repository access -----------------------------------------------------------------------

const REPO_ACCESS =
  /repository not found|repository not accessible|authentication required|no credentials|could not read username|terminal prompts disabled|permission denied \(publickey|unable to authenticate|handshake failed|ssh_auth_sock|invalid username or password|authorization failed|401 unauthorized|403 forbidden/i;

/**
 * One diagnostic when an `*Error` condition says the repository cannot be read (not found,
 * authentication, SSH). Conditions it explains are added to `used`.
 */
export function repositoryAccess(app: Application, conditions: ApplicationCondition[], used: Set<ApplicationCondition>): Diagnostic | null {
  const hits = conditions.filter((c) => c.type.endsWith('Error') && REPO_ACCESS.test(c.message ?? ''));
  if (hits.length === 0) return null;
  for (const c of hits) used.add(c);
  const repoURL = app.spec?.argoApp?.spec?.source?.repoURL ?? '';
  return {
    id: 'repository-access',
    severity: 'error',
    ...keys('REPOSITORY_ACCESS'),
    params: { repoURL, message: hits[0].message ?? '' },
    action: repoURL ? { type: 'open-git-repositories', repoURL } : { type: 'open-git-repositories' },
  };
}

// --- any other condition ---------------------------------------------------------------------

/**
 * Every condition not in `used`, shown as it is (type and message), once per distinct pair.
 * Severity follows the type's suffix: `…Error` error, `…Warning` warning, anything else info.
 */
export function otherConditions(conditions: ApplicationCondition[], used: Set<ApplicationCondition>): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const c of conditions) {
    if (used.has(c)) continue;
    const id = `${c.type}\n${c.message ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const severity: DiagnosticSeverity = /Error$/.test(c.type) ? 'error' : /Warning$/.test(c.type) ? 'warning' : 'info';
    out.push({ id: 'condition', severity, ...keys('CONDITION'), params: { type: c.type, message: c.message ?? '' } });
  }
  return out;
}
