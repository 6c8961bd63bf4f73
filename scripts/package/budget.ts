// Size limits the chart meets on a real KubeSphere. The bundle travels in the image, so only the
// chart counts, and the entry it carries in a ConfigMap:
//  - the chart archive: `ksbuilder publish` stores it in a ConfigMap (binaryData chart.tgz), and
//    KubeSphere's helm executor copies it into another ConfigMap for its install job;
//  - helm's release record: a Secret holding base64(gzip(JSON of the release)), with the
//    rendered manifest in it.
// Either over 1 MiB and the install fails (for the release: `Secret "sh.helm.release.v1..." is
// invalid: data: Too long`).
import { gzipSync } from 'node:zlib';

export const OBJECT_LIMIT = 1024 * 1024;
export const BUDGET = 768 * 1024;

export const base64Length = (byteLength: number) => 4 * Math.ceil(byteLength / 3);

/**
 * Estimates the release Secret the way helm writes it (JSON, gzip at best compression, base64).
 * topFiles: the top-level chart's non-template files (extension.yaml, README, static/...);
 * manifest: what `helm template` renders.
 */
export function estimateReleaseSecret(input: {
  chartMetadata: Record<string, unknown>;
  values: unknown;
  topFiles: Array<{ path: string; data: Buffer }>;
  manifest: string;
}): number {
  const release = {
    name: input.chartMetadata.name,
    chart: {
      metadata: input.chartMetadata,
      templates: [],
      values: input.values,
      files: input.topFiles.map((f) => ({ name: f.path, data: f.data.toString('base64') })),
    },
    config: {},
    manifest: input.manifest,
    version: 1,
  };
  return base64Length(gzipSync(Buffer.from(JSON.stringify(release)), { level: 9 }).length);
}

export function checkBudgets({ tgzSize, releaseSize }: { tgzSize: number; releaseSize: number }): string[] {
  const problems: string[] = [];
  const margin = `the ${formatBytes(BUDGET)} this package allows itself, under the ${formatBytes(OBJECT_LIMIT)} limit`;
  if (tgzSize > BUDGET)
    problems.push(
      `the chart archive is ${formatBytes(tgzSize)}, over ${margin} of the ConfigMap where ksbuilder publish and the KubeSphere installer keep it`,
    );
  if (releaseSize > BUDGET) {
    problems.push(
      `helm's release record would be about ${formatBytes(releaseSize)}, over ${margin} of a Secret: past 1 MiB the install fails with "Secret sh.helm.release.v1... is invalid: data: Too long"`,
    );
  }
  return problems;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
