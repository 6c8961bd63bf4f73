// Size limits the chart meets on a real KubeSphere. The bundle itself travels in the image, so
// only the chart counts:
//  - the chart archive: `ksbuilder publish` stores it in a ConfigMap (binaryData chart.tgz), and
//    KubeSphere's helm executor copies it into another ConfigMap for its install job;
//  - helm's release record: a Secret holding base64(gzip(JSON of the release)). Subcharts are
//    left out of that JSON, but the rendered manifest is in it, with the JSBundle's file list.
// Either over 1 MiB and the install fails (for the release: `Secret "sh.helm.release.v1..." is
// invalid: data: Too long`). Both are reported by npm run package, with a margin for the objects'
// metadata and for the bundle to grow.
import { gzipSync } from 'node:zlib';

export const OBJECT_LIMIT = 1024 * 1024;
export const BUDGET = 768 * 1024;

export function base64Length(byteLength) {
  return 4 * Math.ceil(byteLength / 3);
}

/**
 * Estimates the release Secret the way helm writes it (JSON, gzip at best compression, base64).
 * topFiles are the top-level chart's non-template files (extension.yaml, README, static/...);
 * manifest is the rendered output of the subchart's templates.
 */
export function estimateReleaseSecret({ chartMetadata, values, topFiles, manifest }) {
  const release = {
    name: chartMetadata.name,
    chart: {
      metadata: chartMetadata,
      templates: [],
      values,
      files: topFiles.map((f) => ({ name: f.path, data: f.data.toString('base64') })),
    },
    config: {},
    manifest,
    version: 1,
  };
  const gz = gzipSync(Buffer.from(JSON.stringify(release)), { level: 9 });
  return base64Length(gz.length);
}

export function checkBudgets({ tgzSize, releaseSize }) {
  const problems = [];
  const margin = `the ${formatBytes(BUDGET)} this package allows itself, under the ${formatBytes(OBJECT_LIMIT)} limit`;
  if (tgzSize > BUDGET) {
    problems.push(
      `the chart archive is ${formatBytes(tgzSize)}, over ${margin} of the ConfigMap ` +
        'where ksbuilder publish and the KubeSphere installer keep it',
    );
  }
  if (releaseSize > BUDGET) {
    problems.push(
      `helm's release record would be about ${formatBytes(releaseSize)}, over ${margin} of a Secret: ` +
        'past 1 MiB the install fails with "Secret sh.helm.release.v1... is invalid: data: Too long"',
    );
  }
  return problems;
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
