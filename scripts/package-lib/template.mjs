// The part of Go's text/template (with the Sprig functions Helm adds) that the chart's templates
// use, enough to render them the way `helm template` does without a helm binary. Anything outside
// that subset throws, so a template that would need more is noticed instead of rendered wrong.
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';

const ACTION = /{{(-\s)?([\s\S]*?)(\s-)?}}/g;

/** Splits a template into text and actions, applying the {{- and -}} trim markers. */
function lex(source) {
  const tokens = [];
  let last = 0;
  let trimNext = false;
  for (const match of source.matchAll(ACTION)) {
    let text = source.slice(last, match.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (match[1]) text = text.replace(/\s+$/, '');
    if (text) tokens.push({ text });
    const body = match[2].trim();
    if (!body.startsWith('/*')) tokens.push({ action: body });
    else if (!body.endsWith('*/')) throw new Error(`unclosed comment: {{${match[2]}}}`);
    trimNext = Boolean(match[3]);
    last = match.index + match[0].length;
  }
  let rest = source.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, '');
  if (rest) tokens.push({ text: rest });
  return tokens;
}

const KEYWORD = /^(if|else if|else|with|range|define|end)\b\s*([\s\S]*)$/;

/** Builds the node tree; defines are collected into `defines`. */
function parseTree(tokens, defines, name) {
  let i = 0;
  const list = (stops) => {
    const nodes = [];
    while (i < tokens.length) {
      const token = tokens[i];
      if (token.text !== undefined) {
        nodes.push({ text: token.text });
        i++;
        continue;
      }
      const [, keyword, rest] = token.action.match(KEYWORD) ?? [];
      if (keyword && stops.includes(keyword)) return { nodes, stop: keyword, rest };
      i++;
      if (!keyword) {
        nodes.push({ pipe: parsePipeline(token.action) });
      } else if (keyword === 'define') {
        const body = list(['end']);
        defines.set(JSON.parse(rest), body.nodes);
        i++;
      } else if (keyword === 'if' || keyword === 'with' || keyword === 'range') {
        nodes.push(branch(keyword, rest));
      } else {
        throw new Error(`${name}: unexpected {{${token.action}}}`);
      }
    }
    if (stops.length) throw new Error(`${name}: missing {{end}}`);
    return { nodes };
  };
  const branch = (kind, rest) => {
    const body = list(['else if', 'else', 'end']);
    const node = { kind, pipe: parsePipeline(rest), nodes: body.nodes, otherwise: [] };
    i++;
    if (body.stop === 'else if') {
      if (kind !== 'if') throw new Error(`${name}: else if inside ${kind}`);
      node.otherwise = [branch('if', body.rest)];
    } else if (body.stop === 'else') {
      const tail = list(['end']);
      node.otherwise = tail.nodes;
      i++;
    }
    return node;
  };
  return list([]).nodes;
}

// Pipelines: [$var :=] command | command ..., a command being words, literals and (subpipelines).
const WORD = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\(|\)|\||:?=|[^\s()|"`]+)/y;

function tokenize(text) {
  const words = [];
  WORD.lastIndex = 0;
  while (WORD.lastIndex < text.length) {
    const match = WORD.exec(text);
    if (!match) {
      if (/^\s*$/.test(text.slice(WORD.lastIndex))) break;
      throw new Error(`cannot read {{${text}}}`);
    }
    // (pipeline).Field is written without a space; "(x) .Field" are two arguments.
    words.push(match[1].startsWith('.') && match[0] === match[1] && words.at(-1) === ')' ? `)${match[1]}` : match[1]);
  }
  return words;
}

function parsePipeline(text) {
  const words = tokenize(text);
  let i = 0;
  const pipeline = () => {
    const pipe = { decl: null, commands: [] };
    if (/^\$\w*$/.test(words[i] ?? '') && (words[i + 1] === ':=' || words[i + 1] === '=')) {
      pipe.decl = words[i];
      i += 2;
    }
    let command = [];
    while (i < words.length && !words[i].startsWith(')')) {
      const word = words[i++];
      if (word === '|') {
        pipe.commands.push(command);
        command = [];
      } else if (word === '(') {
        const sub = pipeline();
        const close = words[i++] ?? '';
        if (!close.startsWith(')')) throw new Error(`unbalanced ( in {{${text}}}`);
        command.push({ sub, field: close.slice(1) });
      } else {
        command.push({ word });
      }
    }
    pipe.commands.push(command);
    if (pipe.commands.some((c) => c.length === 0)) throw new Error(`empty command in {{${text}}}`);
    return pipe;
  };
  const pipe = pipeline();
  if (i !== words.length) throw new Error(`unexpected ${words[i]} in {{${text}}}`);
  return pipe;
}

export function isEmpty(value) {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function field(value, path, where) {
  let current = value;
  for (const key of path.split('.').filter(Boolean)) {
    if (current === undefined || current === null) throw new Error(`${where}: nil pointer evaluating .${path}`);
    current = current[key];
  }
  return current;
}

function toText(value, where) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') throw new Error(`${where}: printing a map or list; use toYaml`);
  return String(value);
}

function goQuote(value) {
  return JSON.stringify(toText(value, 'quote'));
}

function sprintf(format, args) {
  let n = 0;
  return format.replace(/%([sdvq%])/g, (_, verb) => {
    if (verb === '%') return '%';
    const arg = args[n++];
    if (verb === 'd') return String(Math.trunc(Number(arg)));
    if (verb === 'q') return goQuote(arg);
    return toText(arg, 'printf');
  });
}

const indentLines = (n, text) =>
  toText(text, 'indent')
    .split('\n')
    .map((line) => ' '.repeat(n) + line)
    .join('\n');

function functions(engine) {
  return {
    default: (fallback, value) => (isEmpty(value) ? fallback : value),
    empty: (value) => isEmpty(value),
    required: (message, value) => {
      if (isEmpty(value)) throw new Error(message);
      return value;
    },
    fail: (message) => {
      throw new Error(message);
    },
    not: (value) => isEmpty(value),
    and: (...values) => values.find((v) => isEmpty(v)) ?? values[values.length - 1],
    or: (...values) => values.find((v) => !isEmpty(v)) ?? values[values.length - 1],
    eq: (a, ...others) => others.some((b) => a === b),
    ne: (a, b) => a !== b,
    int: (value) => Math.trunc(Number(value ?? 0)) || 0,
    toString: (value) => toText(value, 'toString'),
    print: (...values) => values.map((v) => toText(v, 'print')).join(''),
    printf: (format, ...args) => sprintf(format, args),
    quote: (...values) => values.map(goQuote).join(' '),
    trunc: (n, text) => toText(text, 'trunc').slice(0, n),
    trimSuffix: (suffix, text) => (text.endsWith(suffix) ? text.slice(0, -suffix.length) : text),
    trimPrefix: (prefix, text) => (text.startsWith(prefix) ? text.slice(prefix.length) : text),
    replace: (from, to, text) => toText(text, 'replace').replaceAll(from, to),
    indent: (n, text) => indentLines(n, text),
    nindent: (n, text) => `\n${indentLines(n, text)}`,
    toYaml: (value) => (value === undefined || value === null ? 'null' : stringify(value, { lineWidth: 0 }).trimEnd()),
    sha256sum: (text) => createHash('sha256').update(toText(text, 'sha256sum')).digest('hex'),
    include: (name, data) => engine.include(name, data),
  };
}

/**
 * A set of templates parsed together, as Helm parses every file of a chart: defines are shared,
 * and files whose names start with "_" only hold defines.
 */
export class TemplateSet {
  constructor() {
    this.defines = new Map();
    this.files = new Map();
    this.funcs = functions(this);
  }

  add(name, source) {
    this.files.set(name, parseTree(lex(source), this.defines, name));
    return this;
  }

  include(name, data) {
    const nodes = this.defines.get(name);
    if (!nodes) throw new Error(`no template "${name}"`);
    return this.#run(nodes, data, { $: data }, name);
  }

  render(name, data) {
    const nodes = this.files.get(name);
    if (!nodes) throw new Error(`no file ${name}`);
    return this.#run(nodes, data, { $: data }, name);
  }

  #run(nodes, dot, vars, where) {
    let out = '';
    for (const node of nodes) {
      if (node.text !== undefined) {
        out += node.text;
      } else if (node.kind === undefined) {
        const value = this.#pipe(node.pipe, dot, vars, where);
        if (!node.pipe.decl) out += toText(value, where);
      } else {
        const scope = Object.create(vars);
        const value = this.#pipe(node.pipe, dot, scope, where);
        if (node.kind === 'range' && !isEmpty(value)) {
          for (const item of Array.isArray(value) ? value : Object.values(value)) {
            out += this.#run(node.nodes, item, Object.create(scope), where);
          }
        } else if (node.kind !== 'range' && !isEmpty(value)) {
          out += this.#run(node.nodes, node.kind === 'with' ? value : dot, scope, where);
        } else {
          out += this.#run(node.otherwise, dot, scope, where);
        }
      }
    }
    return out;
  }

  #pipe(pipe, dot, vars, where) {
    let value;
    pipe.commands.forEach((command, n) => {
      value = this.#command(command, dot, vars, where, n > 0 ? [value] : []);
    });
    if (pipe.decl) vars[pipe.decl] = value;
    return value;
  }

  #command(command, dot, vars, where, piped) {
    const [head, ...rest] = command;
    if (head.word && /^[A-Za-z_]\w*$/.test(head.word) && !['true', 'false', 'nil'].includes(head.word)) {
      const fn = this.funcs[head.word];
      if (!fn) throw new Error(`${where}: function "${head.word}" not defined`);
      return fn(...rest.map((arg) => this.#arg(arg, dot, vars, where)), ...piped);
    }
    if (rest.length || piped.length) throw new Error(`${where}: can't give arguments to a non-function`);
    return this.#arg(head, dot, vars, where);
  }

  #arg(arg, dot, vars, where) {
    if (arg.sub) return field(this.#pipe(arg.sub, dot, Object.create(vars), where), arg.field, where);
    const word = arg.word;
    if (word.startsWith('"')) return JSON.parse(word);
    if (word.startsWith('`')) return word.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'nil') return null;
    if (word.startsWith('.')) return field(dot, word, where);
    if (word.startsWith('$')) {
      const [name, ...path] = word.split('.');
      if (!(name in vars)) throw new Error(`${where}: undefined variable ${name}`);
      return field(vars[name], path.join('.'), where);
    }
    throw new Error(`${where}: cannot evaluate ${word}`);
  }
}
