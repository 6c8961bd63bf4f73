import { fileSizes, sizeTable } from './sizes';

console.log(`\ndist/gitops-console\n${sizeTable(fileSizes('dist/gitops-console'))}`);
