import * as React from 'react';
import styled from 'styled-components';
import { autocompletion, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { completeAt } from '../../model/wizardCompletion';
import type { EditorHandle, EditorProps } from './editorTypes';

const Frame = styled.div`
  border: 1px solid #ccd3db;
  border-radius: 4px;
  overflow: hidden;
  &[data-invalid='true'] {
    border-color: #ca2621;
  }
  .cm-editor {
    min-height: 420px;
    max-height: 70vh;
    font-size: 12px;
  }
  .cm-scroller {
    font-family: Monaco, Menlo, Consolas, monospace;
    line-height: 1.6;
  }
  .cm-editor.cm-focused {
    outline: 2px solid #00aa72;
    outline-offset: 1px;
  }
`;

function completionSource(typeLabel?: (type: string) => string) {
  return (context: CompletionContext): CompletionResult | null => {
    const result = completeAt(context.state.doc.toString(), context.pos);
    if (!result || result.options.length === 0) return null;
    // Nothing typed yet: only when asked (Ctrl-Space), so Enter on an empty line never pops a list.
    if (result.from === context.pos && !context.explicit) return null;
    return {
      from: result.from,
      options: result.options.map((o) => ({
        label: o.label,
        apply: o.apply,
        type: o.kind === 'property' ? 'property' : 'constant',
        detail: o.type && typeLabel ? typeLabel(o.type) : undefined,
      })),
      validFor: /^[\w./=-]*$/,
    };
  };
}

function contentAttributes(label: string, describedBy?: string, invalid?: boolean) {
  const attrs: Record<string, string> = { 'aria-label': label };
  if (describedBy) attrs['aria-describedby'] = describedBy;
  if (invalid) attrs['aria-invalid'] = 'true';
  return EditorView.contentAttributes.of(attrs);
}

/**
 * The YAML code editor (CodeMirror 6): highlighting, schema completion and the diagnostics it is
 * given, underlined in place. Tab is left to move the focus on, so the keyboard can leave it.
 */
const CodeEditor = React.forwardRef<EditorHandle, EditorProps>(function CodeEditor(props, ref) {
  const { value, onChange, label, describedBy, invalid, diagnostics, typeLabel } = props;
  const host = React.useRef<HTMLDivElement>(null);
  const view = React.useRef<EditorView>();
  const attributes = React.useRef(new Compartment());
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;
  const initial = React.useRef({ value, label, describedBy, invalid, typeLabel });

  React.useEffect(() => {
    const start = initial.current;
    const editor = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: start.value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          lintGutter(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          indentUnit.of('  '),
          EditorState.tabSize.of(2),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          yaml(),
          autocompletion({ override: [completionSource(start.typeLabel)] }),
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, ...foldKeymap]),
          attributes.current.of(contentAttributes(start.label, start.describedBy, start.invalid)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
  }, []);

  React.useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  React.useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const length = editor.state.doc.length;
    const inRange = diagnostics.map((d) => ({ ...d, from: Math.min(d.from, length), to: Math.min(Math.max(d.to, d.from), length) }));
    editor.dispatch(setDiagnostics(editor.state, inRange));
  }, [diagnostics]);

  React.useEffect(() => {
    view.current?.dispatch({ effects: attributes.current.reconfigure(contentAttributes(label, describedBy, invalid)) });
  }, [label, describedBy, invalid]);

  React.useImperativeHandle(ref, () => ({
    focusAt(offset: number) {
      const editor = view.current;
      if (!editor) return;
      const anchor = Math.min(offset, editor.state.doc.length);
      editor.dispatch({ selection: { anchor }, scrollIntoView: true });
      editor.focus();
    },
  }));

  return <Frame ref={host} data-invalid={invalid ? 'true' : undefined} data-testid="wizard-code-editor" />;
});

export default CodeEditor;
