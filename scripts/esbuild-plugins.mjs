// esbuild plugins shared by the Apps Script, CLI and benchmark bundles.

/**
 * libphonenumber-js checks numbers against its metadata patterns through one helper that builds a
 * `new RegExp` on every call (dozens per number with the `max` metadata). Swapping in a version
 * that keeps each compiled pattern halves the cost of a parse + type lookup (measured 27 -> 13 µs
 * per number on the CI machine). Same contract: whole-string match of the pattern text.
 */
export const phoneRegexCache = {
  name: 'phone-regex-cache',
  setup(build) {
    build.onLoad({ filter: /libphonenumber-js[\\/].*[\\/]helpers[\\/]matchesEntirely\.js$/ }, () => ({
      loader: 'js',
      contents: [
        'var compiled = new Map();',
        'export default function matchesEntirely(text, pattern) {',
        '  var re = compiled.get(pattern);',
        "  if (re === undefined) { re = new RegExp('^(?:' + pattern + ')$'); compiled.set(pattern, re); }",
        "  return re.test(text || '');",
        '}',
      ].join('\n'),
    }));
  },
};

/**
 * libphonenumber-js ships its sources twice as ES modules: `es6/` compiled for old browsers (every
 * object spread becomes a call of Babel's `_objectSpread2`, which copies property descriptors one
 * by one: a tenth of a parse) and `es6-modern/`, the same sources with native spread. The package's
 * exports point at `es6/`; for Node (the CLI) each such file is read from its `es6-modern/` twin.
 * Registered after phoneRegexCache, whose replacement of one helper wins.
 */
export const phoneModernBuild = {
  name: 'phone-modern-build',
  setup(build) {
    build.onLoad({ filter: /libphonenumber-js[\\/]es6[\\/].*\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const modern = args.path.replace(/([\\/])es6([\\/])(?!.*[\\/]es6[\\/])/, '$1es6-modern$2');
      return { loader: 'js', contents: await readFile(modern, 'utf8') };
    });
  },
};

/** Dependencies the CLI loads from node_modules at run time (everything but the phone library). */
export function cliExternals(pkg) {
  return Object.keys(pkg.dependencies ?? {}).filter((name) => name !== 'libphonenumber-js');
}

/**
 * The catalogue keys the server bundle carries: what the menu, its alerts, toasts and prompts say,
 * and the labels those messages name. The sidebar carries every key of sidebar/i18n; the server
 * only these (the rest would add to what every menu action and trigger loads).
 */
export const SERVER_MESSAGE_PREFIXES = ['app.title', 'menu.', 'msg.', 'kind.', 'field.', 'trend.'];

export function serverKeys(catalogue) {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => SERVER_MESSAGE_PREFIXES.some((p) => key === p || key.startsWith(p))));
}

/**
 * The server bundle's view of sidebar/i18n/*.json: only the keys it may say (serverKeys), as JSON
 * text parsed when the server module first runs. Every execution, a formula's too, loads the whole
 * project: a string is scanned faster than the same texts as an object literal.
 */
export const serverCatalogues = {
  name: 'server-catalogues',
  setup(build) {
    build.onLoad({ filter: /[\\/]sidebar[\\/]i18n[\\/][a-z]{2}\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = JSON.stringify(serverKeys(JSON.parse(await readFile(args.path, 'utf8'))));
      return { loader: 'js', contents: `export default JSON.parse(${JSON.stringify(text)});` };
    });
  },
};

/** Keys the sidebar never shows: the menu's captions and the command line's report. */
export const NOT_IN_SIDEBAR = ['menu.', 'report.'];

/** The sidebar bundle's view of sidebar/i18n/*.json: every key but NOT_IN_SIDEBAR. */
export const sidebarCatalogues = {
  name: 'sidebar-catalogues',
  setup(build) {
    build.onLoad({ filter: /[\\/]sidebar[\\/]i18n[\\/][a-z]{2}\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const all = JSON.parse(await readFile(args.path, 'utf8'));
      const kept = Object.fromEntries(Object.entries(all).filter(([key]) => !NOT_IN_SIDEBAR.some((p) => key.startsWith(p))));
      return { loader: 'json', contents: JSON.stringify(kept) };
    });
  },
};
