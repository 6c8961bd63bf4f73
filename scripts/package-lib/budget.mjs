// Size limits the package meets on a real KubeSphere, beyond the per-ConfigMap one:
//  - the chart archive: `ksbuilder publish` stores it in a ConfigMap (binaryData chart.tgz), and
//    KubeSphere's helm executor copies it into another ConfigMap for its install job;
//  - helm's release record: a Secret holding base64(gzip(JSON of the release)). Subcharts are
//    left out of that JSON, but the rendered manifest is in it, with every bundle ConfigMap.
// Either over 1 MiB and the install fails (for the release: `Secret "sh.helm.release.v1..." is
// invalid: data: Too long`). Both are reported by npm run package.
import { gzipSync } from 'node:zlib';
import { base64Length } from './configmaps.mjs';

export const OBJECT_LIMIT = 1024 * 1024;

/**
 * Estimates the release Secret the way helm writes it (JSON, gzip at best compression, base64).
 * topFiles are the top-level chart's non-template files (extension.yaml, README, static/...);
 * manifest is the rendered output, approximated by the subchart templates.
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

export function checkBudgets({ tgzSize, releaseSize, configMaps }) {
  const problems = [];
  if (tgzSize > OBJECT_LIMIT) {
    problems.push(
      `the chart archive is ${formatBytes(tgzSize)}, over the ${formatBytes(OBJECT_LIMIT)} that fits in the ConfigMap ` +
        'where ksbuilder publish and the KubeSphere installer keep it',
    );
  }
  if (releaseSize > OBJECT_LIMIT) {
    problems.push(
      `helm's release record would be about ${formatBytes(releaseSize)}, over the ${formatBytes(OBJECT_LIMIT)} a Secret ` +
        'may hold: the install would fail with "Secret sh.helm.release.v1... is invalid: data: Too long"',
    );
  }
  for (const cm of configMaps) {
    if (cm.encodedSize > OBJECT_LIMIT) problems.push(`ConfigMap ${cm.name} is ${formatBytes(cm.encodedSize)}`);
  }
  return problems;
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
