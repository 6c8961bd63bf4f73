/**
 * Monaco, as the YAML view needs it: the editor API with the contributions a YAML author uses
 * (suggestions, hovers, folding, find, go to next problem, comment toggling, Ctrl+M for Tab
 * focus), the YAML grammar, and monaco-yaml checking and completing against the Application
 * schema in a web worker. Everything is bundled; nothing is fetched from outside.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import 'monaco-editor/esm/vs/editor/browser/coreCommands.js';
import 'monaco-editor/esm/vs/editor/browser/widget/codeEditor/codeEditorWidget.js';
import 'monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController.js';
import 'monaco-editor/esm/vs/editor/contrib/folding/browser/folding.js';
import 'monaco-editor/esm/vs/editor/contrib/format/browser/formatActions.js';
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/esm/vs/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/esm/vs/editor/contrib/snippet/browser/snippetController2.js';
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
import 'monaco-editor/esm/vs/editor/contrib/wordHighlighter/browser/wordHighlighter.js';
import 'monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/esm/vs/editor/common/standaloneStrings.js';
import 'monaco-editor/esm/vs/base/browser/ui/codicons/codiconStyles.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
// The grammar itself, in this chunk: the contribution would fetch it only once the view opens.
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.js';
import { TabFocus } from 'monaco-editor/esm/vs/editor/browser/config/tabFocus.js';
import { loader } from '@monaco-editor/react';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from 'monaco-yaml/yaml.worker.js?worker';
import { APPLICATION_SCHEMA } from '../../../model/schema/appSchema';
import { workerEnvironment, type WorkerEnvironment } from './workerEnvironment';

/** The model the wizard edits; the schema applies to this name only. */
export const MODEL_URI = 'inmemory://gitops-console/application.yaml';

const scope = self as unknown as { MonacoEnvironment?: WorkerEnvironment };
// Workers are files of the bundle (declared in the JSBundle like every chunk), started from the
// same origin, so the editor works offline and with a strict `worker-src 'self'`.
scope.MonacoEnvironment = workerEnvironment(scope.MonacoEnvironment, { yaml: () => new YamlWorker(), editor: () => new EditorWorker() });

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  completion: true,
  hover: true,
  validate: true,
  schemas: [{ uri: 'inmemory://gitops-console/application.schema.json', fileMatch: [MODEL_URI], schema: APPLICATION_SCHEMA as object }],
});

// Tab moves the focus on, so a keyboard user can leave the editor; Ctrl+M gives Tab back to
// indenting. This Monaco keeps the mode in one switch for all its editors, not in an option.
TabFocus.setTabFocusMode(true);

// The React wrapper uses this instance instead of fetching Monaco from a CDN.
loader.config({ monaco });

export { monaco };
