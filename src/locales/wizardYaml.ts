/**
 * The YAML parser's errors, one sentence per code of the `yaml` library (model/wizard/yamlErrorText),
 * so that a Chinese console never shows the parser's English. Each starts with where the problem is.
 */
export default {
  en: {
    GITOPS_WIZARD_YAML_ERR_ALIAS_PROPS: 'The YAML is not valid at line {line}, column {column}: an alias cannot have an anchor or a tag.',
    GITOPS_WIZARD_YAML_ERR_BAD_ALIAS:
      'The YAML is not valid at line {line}, column {column}: an alias refers to an anchor that is not defined before it.',
    GITOPS_WIZARD_YAML_ERR_BAD_COLLECTION_TYPE:
      'The YAML is not valid at line {line}, column {column}: the tag does not fit this kind of value (a mapping or a list).',
    GITOPS_WIZARD_YAML_ERR_BAD_DIRECTIVE:
      'The YAML is not valid at line {line}, column {column}: this directive is not valid; only %YAML and %TAG are known.',
    GITOPS_WIZARD_YAML_ERR_BAD_DQ_ESCAPE:
      'The YAML is not valid at line {line}, column {column}: a double-quoted value has an invalid escape sequence. Write \\\\ for a backslash, or use single quotes.',
    GITOPS_WIZARD_YAML_ERR_BAD_INDENT:
      'The YAML is not valid at line {line}, column {column}: the indentation is wrong. The entries of one mapping or list must start in the same column, and an open [ or { must be closed.',
    GITOPS_WIZARD_YAML_ERR_BAD_PROP_ORDER:
      'The YAML is not valid at line {line}, column {column}: an anchor or a tag must come before the value it belongs to.',
    GITOPS_WIZARD_YAML_ERR_BAD_SCALAR_START:
      'The YAML is not valid at line {line}, column {column}: a value without quotes cannot start with this character (such as @, ` or %). Put the value in quotes.',
    GITOPS_WIZARD_YAML_ERR_BLOCK_AS_IMPLICIT_KEY:
      'The YAML is not valid at line {line}, column {column}: a value on one line cannot hold another key and value. Put the value in quotes, or write the nested mapping on lines of its own.',
    GITOPS_WIZARD_YAML_ERR_BLOCK_IN_FLOW:
      'The YAML is not valid at line {line}, column {column}: an indented mapping or list cannot stand inside [ ] or { }.',
    GITOPS_WIZARD_YAML_ERR_DUPLICATE_KEY:
      'The YAML is not valid at line {line}, column {column}: the same key appears twice in one mapping.',
    GITOPS_WIZARD_YAML_ERR_IMPOSSIBLE: 'The YAML is not valid at line {line}, column {column}: the parser could not read this text.',
    GITOPS_WIZARD_YAML_ERR_KEY_OVER_1024_CHARS:
      'The YAML is not valid at line {line}, column {column}: a key without quotes can be at most 1024 characters long.',
    GITOPS_WIZARD_YAML_ERR_MISSING_CHAR:
      'The YAML is not valid at line {line}, column {column}: a character is missing: a closing quote or bracket, or the colon after a key.',
    GITOPS_WIZARD_YAML_ERR_MULTILINE_IMPLICIT_KEY:
      'The YAML is not valid at line {line}, column {column}: a key must fit on one line. Check for a missing colon after a key.',
    GITOPS_WIZARD_YAML_ERR_MULTIPLE_ANCHORS: 'The YAML is not valid at line {line}, column {column}: a value can have only one anchor.',
    GITOPS_WIZARD_YAML_ERR_MULTIPLE_DOCS:
      'The YAML is not valid at line {line}, column {column}: the text holds more than one document (---). The application must be a single document.',
    GITOPS_WIZARD_YAML_ERR_MULTIPLE_TAGS: 'The YAML is not valid at line {line}, column {column}: a value can have only one tag.',
    GITOPS_WIZARD_YAML_ERR_NON_STRING_KEY:
      'The YAML is not valid at line {line}, column {column}: a key must be plain text, not a mapping or a list.',
    GITOPS_WIZARD_YAML_ERR_RESOURCE_EXHAUSTION:
      'The YAML is not valid at line {line}, column {column}: its aliases expand to too much data.',
    GITOPS_WIZARD_YAML_ERR_TAB_AS_INDENT:
      'The YAML is not valid at line {line}, column {column}: tabs cannot be used for indentation. Use spaces.',
    GITOPS_WIZARD_YAML_ERR_TAG_RESOLVE_FAILED:
      'The YAML is not valid at line {line}, column {column}: the value does not match its tag (for example !!int on text).',
    GITOPS_WIZARD_YAML_ERR_UNEXPECTED_TOKEN:
      'The YAML is not valid at line {line}, column {column}: this is not expected here. Check the indentation, and the punctuation before it.',
  },
  zh: {
    GITOPS_WIZARD_YAML_ERR_ALIAS_PROPS: 'YAML 在第 {line} 行第 {column} 列有误：别名不能带锚点或标签。',
    GITOPS_WIZARD_YAML_ERR_BAD_ALIAS: 'YAML 在第 {line} 行第 {column} 列有误：别名引用的锚点未在它之前定义。',
    GITOPS_WIZARD_YAML_ERR_BAD_COLLECTION_TYPE: 'YAML 在第 {line} 行第 {column} 列有误：标签与此类值（映射或列表）不符。',
    GITOPS_WIZARD_YAML_ERR_BAD_DIRECTIVE: 'YAML 在第 {line} 行第 {column} 列有误：指令无效，仅支持 %YAML 和 %TAG。',
    GITOPS_WIZARD_YAML_ERR_BAD_DQ_ESCAPE:
      'YAML 在第 {line} 行第 {column} 列有误：双引号中的值含有无效的转义序列。反斜杠请写作 \\\\，或改用单引号。',
    GITOPS_WIZARD_YAML_ERR_BAD_INDENT:
      'YAML 在第 {line} 行第 {column} 列有误：缩进不正确。同一映射或列表的各项必须从同一列开始，左方括号或左花括号必须闭合。',
    GITOPS_WIZARD_YAML_ERR_BAD_PROP_ORDER: 'YAML 在第 {line} 行第 {column} 列有误：锚点或标签必须写在所属的值之前。',
    GITOPS_WIZARD_YAML_ERR_BAD_SCALAR_START:
      'YAML 在第 {line} 行第 {column} 列有误：不加引号的值不能以此字符（如 @、` 或 %）开头，请给该值加上引号。',
    GITOPS_WIZARD_YAML_ERR_BLOCK_AS_IMPLICIT_KEY:
      'YAML 在第 {line} 行第 {column} 列有误：同一行中的值不能再包含键值对。请给该值加上引号，或将嵌套的映射写到单独的行中。',
    GITOPS_WIZARD_YAML_ERR_BLOCK_IN_FLOW: 'YAML 在第 {line} 行第 {column} 列有误：方括号或花括号中不能使用缩进形式的映射或列表。',
    GITOPS_WIZARD_YAML_ERR_DUPLICATE_KEY: 'YAML 在第 {line} 行第 {column} 列有误：同一映射中出现了重复的键。',
    GITOPS_WIZARD_YAML_ERR_IMPOSSIBLE: 'YAML 在第 {line} 行第 {column} 列有误：解析器无法读取此文本。',
    GITOPS_WIZARD_YAML_ERR_KEY_OVER_1024_CHARS: 'YAML 在第 {line} 行第 {column} 列有误：不加引号的键最多 1024 个字符。',
    GITOPS_WIZARD_YAML_ERR_MISSING_CHAR: 'YAML 在第 {line} 行第 {column} 列有误：缺少字符，例如右引号、右括号或键后的冒号。',
    GITOPS_WIZARD_YAML_ERR_MULTILINE_IMPLICIT_KEY: 'YAML 在第 {line} 行第 {column} 列有误：键必须写在一行内，请检查键后是否缺少冒号。',
    GITOPS_WIZARD_YAML_ERR_MULTIPLE_ANCHORS: 'YAML 在第 {line} 行第 {column} 列有误：一个值只能有一个锚点。',
    GITOPS_WIZARD_YAML_ERR_MULTIPLE_DOCS: 'YAML 在第 {line} 行第 {column} 列有误：文本包含多个文档（---），应用必须是单个文档。',
    GITOPS_WIZARD_YAML_ERR_MULTIPLE_TAGS: 'YAML 在第 {line} 行第 {column} 列有误：一个值只能有一个标签。',
    GITOPS_WIZARD_YAML_ERR_NON_STRING_KEY: 'YAML 在第 {line} 行第 {column} 列有误：键必须是普通文本，不能是映射或列表。',
    GITOPS_WIZARD_YAML_ERR_RESOURCE_EXHAUSTION: 'YAML 在第 {line} 行第 {column} 列有误：别名展开后的数据过多。',
    GITOPS_WIZARD_YAML_ERR_TAB_AS_INDENT: 'YAML 在第 {line} 行第 {column} 列有误：不能使用制表符缩进，请使用空格。',
    GITOPS_WIZARD_YAML_ERR_TAG_RESOLVE_FAILED: 'YAML 在第 {line} 行第 {column} 列有误：值与其标签不符（例如文本使用了 !!int）。',
    GITOPS_WIZARD_YAML_ERR_UNEXPECTED_TOKEN: 'YAML 在第 {line} 行第 {column} 列有误：此处不应出现该内容，请检查缩进及其前面的标点。',
  },
};
