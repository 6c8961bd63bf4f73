import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Builds the standalone console shell: the stand-in for KubeSphere's own console that provides
 * React, react-router-dom, styled-components and @kubed/* through SystemJS and imports the built
 * extension exactly as the console does.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/shell/',
  publicDir: false,
  esbuild: { jsx: 'transform', jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../../dist-shell', import.meta.url)),
    emptyOutDir: true,
    target: 'es2019',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
