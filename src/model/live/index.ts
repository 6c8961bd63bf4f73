/**
 * Live objects of an application's destination cluster, read through the console's Kubernetes
 * proxy: where each lives (`kinds`), what a workload owns (`ownership`), pods and events as rows,
 * what is wrong with them (`liveDiagnosis`), drift from the last apply, and links to the console
 * and to revisions. Imported as `model/live`, not through `model/index.ts`, so its code stays in
 * the chunks of the pages that show live objects.
 */
export * from './kinds';
export * from './ownership';
export * from './podSummary';
export * from './events';
export * from './liveDiagnosis';
export * from './drift';
export * from './consoleLinks';
export * from './revisionLinks';
export * from './liveCluster';
export { default as liveLocales } from './liveLocales';
