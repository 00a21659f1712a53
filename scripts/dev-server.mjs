// Local dev server for the sidebar: serves the built dist/Sidebar.html and answers
// google.script.run by running the REAL built server bundle (dist/*.js in node:vm) on the
// in-memory Apps Script fake from test/fake, loaded with a messy sample sheet.
//   npm run dev            (build, then serve on http://127.0.0.1:5173)
//   PORT=0 HOST=127.0.0.1  (any free port / address)
//   GET /_fake/state       the fake's installable triggers and sheets (scheduled audits, clean at entry)
// Imported by the browser tests (startDevServer) as well. Needs tsx (it imports TypeScript).
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { parse } from 'csv-parse/sync';
import { createFakeGas } from '../test/fake/gas.ts';
import { parseTyped } from '../test/fake/typed-input.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(root, 'dist');
export const SAMPLE_CSV = join(root, 'examples/crm-sample.csv');
export const DATA_SHEET = 'Contacts';

/** Rows a person might paste: markup in cells must show as text and never run. */
export const HOSTILE_ROWS = [
  ['<img src=x onerror="window.__xss=(window.__xss||0)+1">', 'xss.one@example.com', '', '<script>window.__xss=(window.__xss||0)+1</script> Ltd', '', 'Sweden', '', '', '', '', '', ''],
];

/** The sheet as a person would have typed it: strings go through Sheets' typed-input parsing. */
export function typedRows(rows) {
  return rows.map((row, r) => row.map((cell) => (r === 0 || typeof cell !== 'string' ? cell : parseTyped(cell, '').value)));
}

/** header + rows from a CSV file (first `limit` data rows), padded to the header width. */
export function readCsvSheet(file = SAMPLE_CSV, limit = Infinity) {
  const rows = parse(readFileSync(file, 'utf8'), { relax_column_count: true, skip_empty_lines: true });
  const [header, ...data] = rows;
  return [header, ...data.slice(0, limit)].map((r) => header.map((_, i) => r[i] ?? ''));
}

/** A fresh fake spreadsheet with the given sheet values, plus the built bundle loaded on it. */
export function createBackend({ values, locale = 'en', spreadsheetLocale = 'en_US' } = {}) {
  const gas = createFakeGas({ locale: spreadsheetLocale, htmlDir: DIST });
  const userLocale = { value: locale };
  const session = gas.globals.Session;
  gas.globals.Session = new Proxy(session, {
    get: (target, prop) => (prop === 'getActiveUserLocale' ? () => userLocale.value : Reflect.get(target, prop)),
  });
  const rows = values ?? [...readCsvSheet(), ...HOSTILE_ROWS];
  const sheet = gas.addSheet(DATA_SHEET, { values: typedRows(rows) });
  const first = gas.spreadsheet.sheets[0];
  sheet.activate();
  if (first && first !== sheet && first.getLastRow() === 0) gas.spreadsheet.deleteSheet?.(first);
  // Date is shared so cells the fake creates are Dates to the bundle too (Apps Script has one realm).
  const context = vm.createContext({ console, Date, ...gas.globals });
  for (const file of readdirSync(DIST).filter((f) => f.endsWith('.js')).sort()) {
    vm.runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
  }
  return {
    gas,
    sheet,
    context,
    setUserLocale(code) {
      userLocale.value = code;
    },
    /** Runs a top-level server function as google.script.run would, with JSON in and out. */
    run(name, args) {
      const fn = context[name];
      if (!/^[A-Za-z_$][\w$]*$/.test(name) || name.endsWith('_') || typeof fn !== 'function') {
        throw new Error(`Script function not found: ${name}`);
      }
      gas.env.context = 'ui';
      const result = fn(...JSON.parse(JSON.stringify(args ?? [])));
      // google.script.run passes values through JSON-like serialization (Dates are not allowed).
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    },
  };
}

// Replaces google.script.run in the page with calls to POST /run/<name>.
const SHIM = `<script>(function(){
function runner(s,f){return new Proxy({},{get:function(_,name){
if(name==='withSuccessHandler')return function(h){return runner(h,f)};
if(name==='withFailureHandler')return function(h){return runner(s,h)};
if(typeof name!=='string'||name==='then')return undefined;
return function(){fetch('/run/'+encodeURIComponent(name),{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(Array.prototype.slice.call(arguments))})
.then(function(r){return r.json()}).then(function(b){if(b.ok){if(s)s(b.value)}else if(f){var e=new Error(b.error);e.name='ScriptError';f(e)}})
.catch(function(e){if(f)f(new Error('NetworkError: '+e.message))});}}})}
window.google={script:{run:runner(null,null),host:{close:function(){},editor:{focus:function(){}}}}};})();</script>`;

export function sidebarPage() {
  const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
  return html.replace('<head>', () => `<head>${SHIM}`);
}

function body(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      data += c;
      if (data.length > 5e6) reject(new Error('request too large'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/**
 * What the fake holds that a person trying the sidebar cannot see without Google: installable
 * triggers (scheduled audits, clean at entry) and the add-on's own sheets. GET /_fake/state.
 */
export function fakeState(backend) {
  const { gas } = backend;
  const sheets = gas.spreadsheet.getSheets().map((s) => ({ name: s.getName(), rows: s.getLastRow() }));
  const triggers = gas.triggers.triggers.map((t) => ({ id: t.getUniqueId(), handler: t.getHandlerFunction(), eventType: t.getEventType(), source: t.getTriggerSource(), spec: t.spec }));
  return { triggers, sheets };
}

/** Starts the server; port 0 picks a free one. Resolves to { url, backend, close }. */
export function startDevServer({ port = 0, host = '127.0.0.1', backend = createBackend(), log = false } = {}) {
  const state = { backend };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, text) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(text);
    };
    try {
      if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/Sidebar.html')) {
        return send(200, 'text/html; charset=utf-8', sidebarPage());
      }
      if (req.method === 'GET' && url.pathname === '/_fake/state') {
        return send(200, 'application/json', JSON.stringify(fakeState(state.backend), null, 2));
      }
      if (req.method === 'POST' && url.pathname.startsWith('/run/')) {
        const name = decodeURIComponent(url.pathname.slice(5));
        const args = JSON.parse((await body(req)) || '[]');
        try {
          const value = state.backend.run(name, args);
          if (log) console.log(`run ${name}`);
          return send(200, 'application/json', JSON.stringify({ ok: true, value }));
        } catch (e) {
          if (log) console.log(`run ${name} failed: ${e?.message ?? e}`);
          return send(200, 'application/json', JSON.stringify({ ok: false, error: String(e?.message ?? e) }));
        }
      }
      return send(404, 'text/plain', 'not found');
    } catch (e) {
      return send(500, 'text/plain', String(e?.message ?? e));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}/`,
        get backend() {
          return state.backend;
        },
        set backend(b) {
          state.backend = b;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(DIST, 'Sidebar.html'))) {
    console.error('dist/Sidebar.html is missing: run npm run build first');
    process.exit(1);
  }
  const dev = await startDevServer({ port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? '127.0.0.1', log: true });
  console.log(`CRM Hygiene sidebar on ${dev.url} (sheet "${DATA_SHEET}", ${dev.backend.sheet.getLastRow() - 1} rows; Ctrl+C to stop)`);
  console.log(`Triggers and sheets of the fake: ${dev.url}_fake/state`);
}
