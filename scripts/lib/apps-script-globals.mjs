// The global objects of Apps Script (SpreadsheetApp, CacheService, Utilities, Logger, Session ...),
// read from the type declarations the project installs (@types/google-apps-script), so the list
// grows with them; plus `google`, the client-side google.script.run of HTML pages. The lint
// config and the core wall test use it: only src/gas may touch these.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Standard JavaScript that the declarations happen to re-declare.
const STANDARD = new Set(['Date', 'console']);

export function appsScriptGlobals() {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@types/google-apps-script/package.json'));
  const names = new Set(['google']);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^declare (?:var|const|let) ([A-Za-z_$][\w$]*)/gm)) {
      if (!STANDARD.has(m[1])) names.add(m[1]);
    }
  }
  return [...names].sort();
}
