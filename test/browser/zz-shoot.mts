import { join } from 'node:path';
import { openTab, settled, startHarness } from '/work/wt-ui/test/browser/harness';
const out = process.argv[2] ?? '/tmp/shots/before';
const langs = (process.argv[3] ?? 'en,id,vi,cs,sv,tr').split(',');
async function main(){
const h = await startHarness();
for (const lang of langs) {
  h.server.backend = h.fresh();
  h.server.backend.setUserLocale(lang);
  await h.page.goto(h.url);
  await settled(h.page);
  for (const p of ['overview', 'clean', 'duplicates', 'audits', 'settings'] as const) {
    await openTab(h.page, p);
    await h.page.waitForTimeout(200);
    await h.page.screenshot({ path: join(out, `${p}-${lang}.png`), fullPage: true });
  }
}
await h.close();}
void main();
