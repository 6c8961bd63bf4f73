import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import Editor, { type OnMount } from '@monaco-editor/react';
import { t } from '../../host';
import type { EditorHandle, EditorProps } from './editorTypes';
import { MODEL_URI } from './monaco/setup';
import { warmUp } from './monaco/warmUp';

type CodeEditor = Parameters<OnMount>[0];

const Frame = styled.div`
  border: 1px solid ${colors.border.control};
  border-radius: 4px;
  overflow: hidden;
  &[data-invalid='true'] {
    border-color: ${colors.danger};
  }
  &:focus-within {
    outline: 2px solid ${colors.focus};
    outline-offset: 1px;
  }
`;

const OPTIONS = {
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 12,
  lineHeight: 19,
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  // Suggestions and hovers may leave the frame, which the console's layout clips.
  fixedOverflowWidgets: true,
  wordBasedSuggestions: 'off' as const,
  quickSuggestions: { other: true, comments: false, strings: true },
  renderLineHighlight: 'line' as const,
  // The default dims the number of the last, empty line below the contrast a reader needs.
  renderFinalNewline: 'on' as const,
  contextmenu: false,
  // Text in the manifest is data, never a link to follow.
  links: false,
};

/**
 * A manifest this long (a pasted values file, thousands of Helm parameters) makes each keystroke
 * cost Monaco tens of milliseconds. Past it, the editor leaves out what walks the whole document
 * (or a block of thousands of lines) after every change or cursor move, and that a YAML author
 * does without: the other occurrences of the word under the cursor, matching and colouring
 * brackets (YAML rarely has any), the highlight of the active indentation block, and a folding
 * region for every item of a long list (the outer levels, `spec`, `source`, `helm`, … still fold:
 * Monaco drops the deepest levels first). Completion, hovers and the schema's markers stay.
 */
const LARGE_LINES = 2_000;
const LARGE_OPTIONS = {
  occurrencesHighlight: 'off' as const,
  matchBrackets: 'never' as const,
  bracketPairColorization: { enabled: false },
  guides: { highlightActiveIndentation: false },
  foldingMaximumRegions: 100,
};
/** Monaco's defaults for the same options, for a text that becomes short again. */
const SMALL_OPTIONS = {
  occurrencesHighlight: 'singleFile' as const,
  matchBrackets: 'always' as const,
  bracketPairColorization: { enabled: true },
  guides: { highlightActiveIndentation: true },
  foldingMaximumRegions: 5_000,
};

/** Keeps `LARGE_OPTIONS` on while the text is long; counting lines costs nothing. */
function followSize(editor: CodeEditor): void {
  let large: boolean | undefined;
  const apply = () => {
    const now = (editor.getModel()?.getLineCount() ?? 0) > LARGE_LINES;
    if (now !== large) editor.updateOptions(now ? LARGE_OPTIONS : SMALL_OPTIONS);
    large = now;
  };
  editor.onDidChangeModelContent(apply);
  editor.onDidChangeModel(apply);
  apply();
}

/** Prepares Monaco for the first editor in the browser's idle moments (see `warmUp`). */
export function warmUpEditor(whenIdle: (step: () => void) => void): void {
  warmUp({ ...OPTIONS, automaticLayout: false }, whenIdle);
}

/** Attributes Monaco does not manage on its text area: the messages that describe the text and its validity. */
function describeTextArea(editor: CodeEditor | undefined, describedBy?: string, invalid?: boolean) {
  const area = editor?.getDomNode()?.querySelector('textarea');
  if (!area) return;
  if (describedBy) area.setAttribute('aria-describedby', describedBy);
  else area.removeAttribute('aria-describedby');
  if (invalid) area.setAttribute('aria-invalid', 'true');
  else area.removeAttribute('aria-invalid');
}

/**
 * The YAML code editor (Monaco with monaco-yaml): highlighting, folding, and the Application
 * schema's checks, completions and hovers, computed in a worker. The wizard's own diagnostics,
 * in the console's language, are listed under it by the YAML view.
 */
const MonacoEditor = React.forwardRef<EditorHandle, EditorProps>(function MonacoEditor(props, ref) {
  const { value, onChange, label, describedBy, invalid } = props;
  const editorRef = React.useRef<CodeEditor>();
  const attrs = React.useRef({ describedBy, invalid });
  attrs.current = { describedBy, invalid };
  // The wrapper calls updateOptions for every new options object and subscribes again for every
  // new onChange: both stay the same objects across keystrokes.
  const options = React.useMemo(() => ({ ...OPTIONS, ariaLabel: label }), [label]);
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;
  /** The text the editor last reported, or was last given: any other `value` is a change from outside. */
  const reported = React.useRef(value);
  const change = React.useCallback((next: string | undefined) => {
    reported.current = next ?? '';
    onChangeRef.current(reported.current);
  }, []);

  const latest = React.useRef(value);
  latest.current = value;
  /** Gives the editor `text`, as one undoable edit, unless it holds it already. */
  const replaceText = (editor: CodeEditor, text: string) => {
    const model = editor.getModel();
    if (model && model.getValue() !== text) {
      editor.executeEdits('', [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
      editor.pushUndoStop();
    }
    reported.current = text;
  };

  const mount: OnMount = (editor) => {
    editorRef.current = editor;
    followSize(editor);
    describeTextArea(editor, attrs.current.describedBy, attrs.current.invalid);
    replaceText(editor, latest.current);
  };

  // The editor holds the text; `value` is only its first text. The wrapper's own `value` would
  // read the whole text back at every keystroke to compare it: too slow at thousands of lines.
  // A change from outside (a merge after a conflict) is written in as one undoable edit.
  React.useEffect(() => {
    if (editorRef.current && value !== reported.current) replaceText(editorRef.current, value);
  }, [value]);

  React.useEffect(() => describeTextArea(editorRef.current, describedBy, invalid), [describedBy, invalid]);

  React.useImperativeHandle(ref, () => ({
    focusAt(offset: number) {
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model) return;
      const position = model.getPositionAt(offset);
      editor.setPosition(position);
      editor.revealPositionInCenter(position);
      editor.focus();
    },
  }));

  return (
    <Frame data-invalid={invalid ? 'true' : undefined} data-testid="wizard-code-editor">
      <Editor
        height="max(420px, 60vh)"
        language="yaml"
        path={MODEL_URI}
        defaultValue={value}
        theme="vs"
        loading={t('GITOPS_WIZARD_YAML_EDITOR_LOADING')}
        options={options}
        onMount={mount}
        onChange={change}
      />
    </Frame>
  );
});

export default MonacoEditor;
