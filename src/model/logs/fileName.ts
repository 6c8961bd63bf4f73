/**
 * The name a downloaded log is saved under: `<pod>-<container>[-previous].log`. The names come
 * from the cluster (DNS labels, so already safe), but anything outside a portable file name's
 * characters is replaced all the same: the browser would otherwise make up its own name.
 */
export function logFileName(pod: string, container: string, previous: boolean): string {
  const safe = (part: string) => part.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || '_';
  return `${safe(pod)}-${safe(container)}${previous ? '-previous' : ''}.log`;
}
