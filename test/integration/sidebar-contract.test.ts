// The sidebar's contract (src/contract/sidebar.ts) against the server that answers it and the
// sidebar that calls it. The type half runs in `npm run typecheck`: tsc fails on the `satisfies`
// below when an endpoint is missing from src/server, takes another argument or returns another
// shape than the contract says. The run half checks the built bundle and the sidebar's source.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as entryPoints from '../../src/server/index';
import type { SidebarApi } from '../../src/contract/sidebar';
import { loadBundle } from './load-bundle';
import { createFakeGas } from '../fake/gas';

/** What the server must offer for one endpoint: the contract's argument in, its result out. */
type Endpoint<K extends keyof SidebarApi> = SidebarApi[K]['arg'] extends void
  ? () => SidebarApi[K]['result']
  : (arg: SidebarApi[K]['arg']) => SidebarApi[K]['result'];

// Every endpoint of the contract is an entry point of src/server with the contract's types.
const serverEndpoints = entryPoints satisfies { [K in keyof SidebarApi]: Endpoint<K> };

// The contract's endpoint names at run time; `satisfies` makes tsc reject a missing or extra name.
const CONTRACT_NAMES = {
  sidebarGetOverview: true, sidebarPreviewClean: true, sidebarApplyClean: true, sidebarContinueClean: true,
  sidebarUndoLastClean: true, sidebarGetReviewClusters: true, sidebarMergeCluster: true, sidebarMarkNotDuplicate: true,
  sidebarSaveSettings: true, sidebarOpenValueMap: true, getAuditSchedule: true, scheduleAudits: true,
  stopScheduledAudits: true, runAuditNow: true, getAuditHistory: true, getEntryGuard: true, setEntryGuard: true,
  previewArchiveInactive: true, archiveInactiveRows: true, getCleanProgress: true,
} satisfies Record<keyof SidebarApi, true>;

const SIDEBAR_SRC = join(import.meta.dirname, '../../sidebar/src');

/** Names the sidebar passes to call(...) (its one way to reach google.script.run). */
function calledBySidebar(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(SIDEBAR_SRC, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(SIDEBAR_SRC, file), 'utf8');
    for (const m of text.matchAll(/\bcall\(\s*'([A-Za-z_$][\w$]*)'/g)) names.add(m[1] as string);
  }
  return names;
}

describe('sidebar contract', () => {
  it('every contract endpoint is a top-level function of the built bundle', () => {
    const bundle = loadBundle(createFakeGas().globals);
    const missing = Object.keys(CONTRACT_NAMES).filter((name) => typeof bundle[name] !== 'function');
    expect(missing).toEqual([]);
    expect(Object.keys(CONTRACT_NAMES).every((name) => typeof serverEndpoints[name as keyof typeof serverEndpoints] === 'function')).toBe(true);
  });

  it('the sidebar calls only endpoints of the contract, and the bundle has each of them', () => {
    const called = calledBySidebar();
    // The panels call about fifteen endpoints; finding none would mean the scan is broken.
    expect(called.size).toBeGreaterThan(10);
    const bundle = loadBundle(createFakeGas().globals);
    expect([...called].filter((name) => !(name in CONTRACT_NAMES))).toEqual([]);
    expect([...called].filter((name) => typeof bundle[name] !== 'function')).toEqual([]);
  });

  it('the sidebar reaches the server only through call(): no other google.script.run use', () => {
    const direct: string[] = [];
    for (const file of readdirSync(SIDEBAR_SRC, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts') || file === 'api.ts') continue;
      if (/\bgoogle\s*\.\s*script\b/.test(readFileSync(join(SIDEBAR_SRC, file), 'utf8'))) direct.push(file);
    }
    expect(direct).toEqual([]);
  });
});
