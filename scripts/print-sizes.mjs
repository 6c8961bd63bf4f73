import { fileSizes, sizeTable } from './sizes.mjs';

console.log(`\ndist/gitops-console\n${sizeTable(fileSizes('dist/gitops-console'))}`);
