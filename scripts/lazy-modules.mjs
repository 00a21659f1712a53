// Bundles the server for Apps Script as lazily run modules.
//
// Apps Script has no module system and evaluates every file of the project at the start of every
// execution, and Sheets runs each custom-function call in an execution of its own. So loading the
// project must do no work, and a call must run only the code its function needs: a phone formula
// must not build the country and title tables, an email formula must not read phone metadata.
//
// esbuild's code splitting already finds which modules each entry point needs and puts the code
// shared by several entries into chunks of their own. Each chunk (written as ES modules) is turned
// into CommonJS by esbuild, its `require` calls pointed at crmRequire_ (dist/ must hold no
// import, export or require), and wrapped in a top-level function that runs it on its first call
// and returns its exports. Loading the file then only defines functions, and an entry point runs
// its own chunk and the chunks that one imports, nothing else.
import { build, transform } from 'esbuild';
import { basename } from 'node:path';

const PREFIX = 'crmModule_';

/** The top-level function that runs and returns one output file of the split build. */
export function moduleFunctionName(outputName) {
  return `${PREFIX}${outputName.replace(/\.js$/, '').replace(/[^A-Za-z0-9]/g, '_')}_`;
}

/** The chunk names an output imports, from esbuild's metafile. */
function importsOf(output) {
  return output.imports.filter((i) => i.kind === 'import-statement').map((i) => basename(i.path));
}

/**
 * Refuses an import cycle between chunks: a module function re-entered while it runs would hand
 * out half-made exports, which ES modules allow and our wrappers do not.
 */
export function assertAcyclic(graph) {
  const state = new Map();
  const visit = (name, path) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'open') throw new Error(`import cycle between chunks: ${[...path, name].join(' -> ')}`);
    state.set(name, 'open');
    for (const next of graph.get(name) ?? []) visit(next, [...path, name]);
    state.set(name, 'done');
  };
  for (const name of graph.keys()) visit(name, []);
}

/**
 * A module shipped as text, compiled on its first call. V8 pre-parses every function of a loaded
 * file, and scans a string literal several times faster than the same bytes of code (measured on
 * dist/Code.js: the server module's 300 KB as code took ~4 ms of every load, as text well under
 * 1 ms). As text, each execution compiles only the modules it runs: a phone formula neither the
 * server graph of menus, sidebar and triggers nor the other formulas' tables and code.
 */
function textModuleFunction(name, commonJs) {
  const fn = moduleFunctionName(name);
  const body = JSON.stringify(`'use strict';\n${commonJs.trim()}`);
  return [
    `function ${fn}() {`,
    `  if (!${fn}.exports) ${fn}.exports = crmRunModule_(new Function('module', 'exports', ${body}));`,
    `  return ${fn}.exports;`,
    '}',
  ].join('\n');
}

function moduleFunction(name, commonJs) {
  const fn = moduleFunctionName(name);
  return [
    `function ${fn}() {`,
    `  if (!${fn}.exports) ${fn}.exports = crmRunModule_(function (module, exports) {`,
    "'use strict';",
    commonJs.trim(),
    '  });',
    `  return ${fn}.exports;`,
    '}',
  ].join('\n');
}

function requireFunction(names) {
  return [
    '/** The chunks the module functions import, by the name esbuild gave them. */',
    'function crmRequire_(path) {',
    '  switch (path) {',
    ...names.map((name) => `    case './${name}': return ${moduleFunctionName(name)}();`),
    '  }',
    "  throw new Error('CRM Hygiene: no module ' + path);",
    '}',
    'function crmRunModule_(body) {',
    '  var module = { exports: {} };',
    '  body(module, module.exports);',
    '  return module.exports;',
    '}',
  ].join('\n');
}

/**
 * @param {{ root: string, entries: Record<string, string>, plugins: import('esbuild').Plugin[], asText?: string[] }} options
 *   entries: output name -> source path (relative to root); each becomes `moduleFunctionName(name + '.js')`.
 *   asText: entry names whose own output ships as text compiled on first call (textModuleFunction),
 *   or 'all' for every output, shared chunks included.
 * @returns {Promise<{ code: string, sources: Record<string, string[]> }>} the text of the file, and
 *   for each module function the source files bundled into it.
 */
export async function bundleLazyModules({ root, entries, plugins, asText = [] }) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: entries,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Full minification: every byte is parsed again on every execution. Entry points keep their
    // names because entries.js reads them as properties of the exports.
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    plugins,
    write: false,
    outdir: 'lazy',
    entryNames: '[name]',
    chunkNames: 'chunk_[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.entries(result.metafile.outputs).map(([path, output]) => ({ name: basename(path), output }));
  outputs.sort((a, b) => a.name.localeCompare(b.name));
  assertAcyclic(new Map(outputs.map(({ name, output }) => [name, importsOf(output)])));

  const texts = new Map(result.outputFiles.map((file) => [basename(file.path), file.text]));
  const functions = [];
  const sources = {};
  for (const { name, output } of outputs) {
    const esm = texts.get(name) ?? '';
    const options = { minify: true, target: 'es2020', charset: 'utf8', loader: 'js' };
    const commonJs = (await transform(esm, { ...options, format: 'cjs' })).code;
    // A second pass, because `define` only sees identifiers of its input, not the require calls
    // the format change writes.
    const { code } = await transform(commonJs, { ...options, define: { require: 'crmRequire_' } });
    if (/\brequire\s*\(/.test(code)) throw new Error(`${name}: a require call is left in the bundle`);
    const textual = asText === 'all' || asText.some((entry) => name === `${entry}.js`);
    functions.push(textual ? textModuleFunction(name, code) : moduleFunction(name, code));
    sources[moduleFunctionName(name)] = Object.keys(output.inputs).sort();
  }
  const code = [requireFunction(outputs.map((o) => o.name)), ...functions, ''].join('\n');
  return { code, sources };
}
