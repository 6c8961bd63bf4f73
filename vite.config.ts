import { defineConfig, type Plugin } from 'vite';
import { isSharedModule, isSharedSubpath } from './build/shared-modules';
import { monacoSuggestActiveDescendant, monacoWithoutCdn, monacoWithoutNodeProcess } from './build/monaco';
import { monacoNls } from './build/monacoNls';
import { entryImportsFromProxy } from './build/entryImports';

/** Fails the build when code imports a subpath of a host-shared module (the host only has bare names). */
function guardSharedSubpaths(): Plugin {
  return {
    name: 'gitops-guard-shared-subpaths',
    enforce: 'pre',
    resolveId(source, importer) {
      if (isSharedSubpath(source) && importer && !importer.includes('/node_modules/')) {
        this.error(`"${source}" is a subpath of a module the console shares; import the bare name instead`);
      }
      return null;
    },
  };
}

/**
 * Vite's library mode writes CSS to a separate file that the console would never load.
 * Turn every CSS asset into a tiny style-injecting statement at the top of the chunk that
 * imported it, so styles travel with the code that needs them.
 */
function injectCssFromJs(): Plugin {
  return {
    name: 'gitops-inject-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssFiles = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      if (cssFiles.length === 0) return;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const css = [...(file.viteMetadata?.importedCss ?? [])]
          .map((name) => bundle[name])
          .map((asset) => (asset && asset.type === 'asset' ? String(asset.source) : ''))
          .join('\n');
        if (!css) continue;
        const inject = `(function(){if(typeof document!=='undefined'){var s=document.createElement('style');s.setAttribute('data-gitops-console','');s.textContent=${JSON.stringify(css)};document.head.appendChild(s);}})();\n`;
        file.code = file.code.replace(
          /^(System\.register\(\[[^\]]*\],\s*\(?function\s*\([^)]*\)\s*\{\s*["']use strict["'];)?/,
          (m) => m + inject,
        );
      }
      for (const css of cssFiles) delete bundle[css.fileName];
    },
  };
}

export default defineConfig({
  plugins: [
    guardSharedSubpaths(),
    monacoWithoutCdn(),
    monacoWithoutNodeProcess(),
    monacoNls(),
    monacoSuggestActiveDescendant(),
    injectCssFromJs(),
    entryImportsFromProxy(),
  ],
  // Monaco's workers are files of their own next to the chunks, served through the ReverseProxy like them.
  worker: {
    format: 'iife',
    plugins: () => [monacoWithoutNodeProcess()],
    rollupOptions: { output: { entryFileNames: '[name]-[hash].js' } },
  },
  esbuild: { jsx: 'transform', jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Relative: chunks and workers find each other next to the chunk that asks for them (under
  // /proxy/gitops-console/); the entry's own imports are made absolute by entryImportsFromProxy.
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist/gitops-console',
    emptyOutDir: true,
    // Monaco uses class fields: below es2022 esbuild adds helpers before System.register, as globals.
    target: 'es2022',
    minify: 'esbuild',
    sourcemap: false,
    cssCodeSplit: true,
    assetsInlineLimit: 100_000_000,
    reportCompressedSize: false,
    lib: { entry: 'src/index.ts', formats: ['system'], fileName: () => 'index.js' },
    rollupOptions: {
      // Libraries mark files 'use client' for React Server Components; meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      external: (id) => isSharedModule(id),
      output: { chunkFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' },
    },
  },
});
