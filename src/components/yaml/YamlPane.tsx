import * as React from 'react';
import { unstable_batchedUpdates } from 'react-dom';
import { consoleLanguage, t } from '../../host';
import { jsonEqual } from '../../model/wizard/draftMerge';
import type { Application } from '../../model/application/types';
import { hasLocationLabel } from '../../model/wizard/wizardSubmit';
import { manifestToYaml, parseManifestYaml, type YamlDiagnostic } from '../../model/wizard/wizardYaml';
import { LocationLabelNotice } from '../wizard/Notices';
import { DroppedKeysNotice } from './DroppedKeysNotice';
import { CheckboxField } from '../wizard/fields';
import { ErrorText, Help, Notice, Panel, Row } from '../wizard/styles';
import { useFieldId } from '../wizard/useFieldId';
import type { EditorHandle } from './editorTypes';
import { PlainEditor } from './PlainEditor';
import { useKeptText } from './useKeptText';
import { useYamlAnalysis } from './useYamlAnalysis';

/**
 * Its own chunks: Monaco is fetched only when the YAML view is about to open, and not at all in
 * plain mode. A Chinese console loads Monaco's Chinese strings first: Monaco reads many of them
 * once, as its modules load.
 */
const loadCodeEditor = async () => {
  if (consoleLanguage() === 'zh') await import('./monaco/messagesZh');
  return import('./MonacoEditor');
};
const CodeEditor = React.lazy(loadCodeEditor);

const PLAIN_KEY = 'gitops-console:yaml-plain-editor';

function readPlainPreference(): boolean {
  try {
    return window.localStorage.getItem(PLAIN_KEY) === 'true';
  } catch {
    return false;
  }
}

function writePlainPreference(plain: boolean): void {
  try {
    window.localStorage.setItem(PLAIN_KEY, String(plain));
  } catch {
    // Not remembered; the choice still holds for this visit.
  }
}

/** `step` when the browser is next idle; never where it cannot tell (the view then does it all on opening). */
function whenIdle(step: () => void): void {
  const w = window as Window & { requestIdleCallback?: (cb: () => void) => number };
  w.requestIdleCallback?.(step);
}

/**
 * Starts fetching Monaco before the view opens (the user is about to ask for it), then readies
 * it for its first editor, unless plain mode is chosen.
 */
export function preloadCodeEditor(): void {
  if (readPlainPreference()) return;
  loadCodeEditor().then(
    (editor) => editor.warmUpEditor(whenIdle),
    () => undefined, // met again, and shown, when the view itself loads
  );
}

/** Shows the code editor, or, when its chunk cannot be fetched, the plain one and a word about it. */
class EditorBoundary extends React.Component<{ fallback: React.ReactNode; children?: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export interface YamlStatus {
  /** The text parses into an object. */
  valid: boolean;
  /** Errors that block submitting (syntax or schema). */
  errors: number;
  /** The newest keystrokes are still being checked: `valid` and `errors` are about an earlier text. */
  checking: boolean;
}

export interface YamlPaneProps {
  manifest: Application;
  /** The text kept in the draft; `undefined` the first time the view opens. */
  text: string | undefined;
  /**
   * Every change of the text, at once (so it is kept), with `manifest` `null`; then, once the
   * text is checked and its manifest differs from the draft's, with the parsed manifest.
   */
  onChange(text: string, manifest: Application | null): void;
  onStatus(status: YamlStatus): void;
}

/** The text the view opens with: the kept text when it is invalid or still says the same, else the manifest written into it. */
function openingText(manifest: Application, kept: string | undefined): string {
  if (kept === undefined) return manifestToYaml(manifest);
  const parsed = parseManifestYaml(kept);
  if (!parsed.ok || jsonEqual(parsed.manifest, manifest)) return kept;
  return manifestToYaml(manifest, kept);
}

function messageOf(d: YamlDiagnostic): string {
  const text = t(d.key, d.params);
  return d.detail ? `${text} ${d.detail}` : text;
}

/**
 * The YAML view of the draft. Its text is kept as typed (comments and mistakes included); every
 * valid version becomes the draft's manifest, and a change of the manifest from outside (a merge
 * after a conflict) is written into the text without losing its comments.
 */
export default function YamlPane({ manifest, text: kept, onChange, onStatus }: YamlPaneProps) {
  const id = useFieldId('yaml');
  const [text, setText] = React.useState(() => openingText(manifest, kept));
  const textRef = React.useRef(text);
  textRef.current = text;
  const [plain, setPlain] = React.useState(readPlainPreference);
  const editor = React.useRef<EditorHandle>(null);
  // Parsing and checking happen off the keystroke (in a worker): a keystroke only keeps the text.
  const { analysis, checking } = useYamlAnalysis(text);
  const analysisRef = React.useRef(analysis);
  analysisRef.current = analysis;
  const { keep, pending, emitted } = useKeptText(manifest, onChange, () => {
    if (analysisRef.current?.text === textRef.current) return undefined;
    const parsed = parseManifestYaml(textRef.current);
    return { text: textRef.current, manifest: parsed.ok ? parsed.manifest : null };
  });

  const change = React.useCallback(
    (next: string) => {
      // The code editor reports outside React's events: one render for the text and the draft, not two.
      unstable_batchedUpdates(() => {
        setText(next);
        keep(next, null);
      });
    },
    [keep],
  );

  // Keep the opening text in the draft, so a reload shows the same.
  React.useEffect(() => {
    if (textRef.current !== kept) keep(textRef.current, null);
    // Only when the view opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every checked text that parses gives the draft its manifest, unless only comments or layout changed.
  React.useEffect(() => {
    if (!analysis || analysis.text !== textRef.current || !analysis.parse.ok) return;
    keep(analysis.text, analysis.sameManifest ? null : analysis.parse.manifest);
  }, [analysis, keep]);

  // A change from outside (a merge after a conflict): rare, so the text is read here and now.
  React.useEffect(() => {
    if (manifest === emitted.current) return;
    emitted.current = manifest;
    const parsed = parseManifestYaml(textRef.current);
    if (parsed.ok && !jsonEqual(parsed.manifest, manifest)) change(manifestToYaml(manifest, textRef.current));
  }, [manifest, change, emitted]);

  const all = analysis?.diagnostics ?? [];
  // Keys the server would drop are no mistake to fix but a fact to know: told apart, calmly.
  const dropped = all.filter((d) => d.dropped);
  const diagnostics = all.filter((d) => !d.dropped);
  const syntax = diagnostics.find((d) => d.syntax);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const checked = analysis !== undefined;
  const valid = analysis?.parse.ok ?? false;

  // Not sendable until the draft holds the newest text and its manifest.
  const busy = checking || pending;
  React.useEffect(() => {
    // Told only when it changes: each status re-renders the whole page, and while a long text
    // waits for a pause it stays `busy` however many checks come and go.
    if (checked) onStatus({ valid, errors: errors.length, checking: busy });
  }, [checked, valid, errors.length, busy, onStatus]);

  const errorId = `${id}-syntax`;
  const editorProps = {
    value: text,
    onChange: change,
    label: t('GITOPS_WIZARD_YAML_EDITOR'),
    describedBy: syntax ? errorId : `${id}-help`,
    invalid: !!syntax,
  };
  const plainEditor = <PlainEditor ref={editor} {...editorProps} />;

  return (
    <Panel>
      <Row>
        <Help id={`${id}-help`}>{t('GITOPS_WIZARD_YAML_HELP')}</Help>
      </Row>
      <CheckboxField
        label={t('GITOPS_WIZARD_YAML_PLAIN')}
        checked={plain}
        onChange={(on) => {
          setPlain(on);
          writePlainPreference(on);
        }}
      />
      {plain ? (
        plainEditor
      ) : (
        <EditorBoundary
          fallback={
            <>
              <Notice tone="warning" role="status">
                <p>{t('GITOPS_WIZARD_YAML_EDITOR_FAILED')}</p>
              </Notice>
              {plainEditor}
            </>
          }
        >
          <React.Suspense fallback={<Help role="status">{t('GITOPS_WIZARD_YAML_EDITOR_LOADING')}</Help>}>
            <CodeEditor ref={editor} {...editorProps} />
          </React.Suspense>
        </EditorBoundary>
      )}
      {syntax ? (
        <ErrorText id={errorId} role="alert" data-testid="wizard-yaml-error">
          {messageOf(syntax)}
        </ErrorText>
      ) : null}
      {!syntax && diagnostics.length > 0 ? (
        <Notice tone={errors.length > 0 ? 'error' : 'warning'} data-testid="wizard-yaml-problems">
          <p>{t('GITOPS_WIZARD_YAML_PROBLEMS')}</p>
          <ul>
            {diagnostics.map((d, i) => (
              <li key={i}>
                <button type="button" className="gitops-wizard-linklike" onClick={() => editor.current?.focusAt(d.from)}>
                  {t('GITOPS_WIZARD_YAML_AT_LINE', { line: d.line })}
                </button>{' '}
                {messageOf(d)}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {!syntax ? <DroppedKeysNotice dropped={dropped} onGo={(offset) => editor.current?.focusAt(offset)} /> : null}
      {analysis?.parse.ok && !hasLocationLabel(analysis.parse.manifest) ? <LocationLabelNotice /> : null}
    </Panel>
  );
}
