import { monaco } from './setup';

let warmed = false;

/**
 * Does, once and while the user still reads the form, the work Monaco does only for its first
 * editor: starting its services, compiling the YAML grammar and the theme's styles, measuring
 * the font. A throwaway editor with a plain-text model is made off screen and dropped at once;
 * plain text, so that no YAML worker starts for it. The YAML view's own editor then only has
 * itself to build. Each step runs in an idle moment of its own, so no single one blocks long.
 */
export function warmUp(options: monaco.editor.IEditorOptions, whenIdle: (step: () => void) => void): void {
  if (warmed) return;
  warmed = true;
  whenIdle(() => {
    // Services and the grammar: tokenizing a line compiles the YAML tokenizer.
    void monaco.editor.colorize('apiVersion: v1', 'yaml', {}).catch(() => undefined);
    whenIdle(() => {
      // Only if the view has not opened meanwhile: then its editor has done all this already.
      if (monaco.editor.getEditors().length > 0) return;
      const host = document.createElement('div');
      host.setAttribute('aria-hidden', 'true');
      host.style.cssText = 'position:fixed;left:-10000px;top:0;width:400px;height:100px;visibility:hidden';
      document.body.appendChild(host);
      const model = monaco.editor.createModel('a: b', 'plaintext');
      // The view's options: the font is measured once per font setting.
      const editor = monaco.editor.create(host, { ...options, model, theme: 'vs' });
      editor.dispose();
      model.dispose();
      host.remove();
    });
  });
}
