// Monaco's own interface strings in Chinese (find box, suggestions, screen-reader texts). Loaded,
// and run, before Monaco itself, because Monaco reads many of them as its modules load.
import table from 'virtual:monaco-nls-zh';
import { setNLSMessages } from 'monaco-editor/esm/vs/nls.messages.js';

setNLSMessages(table, 'zh-cn');
