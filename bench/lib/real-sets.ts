/**
 * The real labelled sets in ../shared/data/real-dedupe (see SOURCES.md there): CSVs with the
 * headers a CRM export has, and `<set>.truth.json` with the true entity of every data row. They
 * are read the way a user runs the product: `crm-hygiene dedupe <file> --json` (header mapping,
 * normalization and matching of that build), and scored pairwise against the truth.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './datasets';

export const REAL_SETS = ['historical50k-sample', 'rldata10000', 'patstat-nl-holders'] as const;

export interface RealSet {
  name: string;
  csv: string;
  /** True entity of each data row (index 0 = sheet row 2). */
  entity: string[];
}

export function loadRealSets(): RealSet[] {
  return REAL_SETS.map((name) => {
    const csv = join(DATA_DIR, 'real-dedupe', `${name}.csv`);
    const truth = JSON.parse(readFileSync(join(DATA_DIR, 'real-dedupe', `${name}.truth.json`), 'utf8')) as { entityOfRow: string[] };
    return { name, csv, entity: truth.entityOfRow };
  });
}

export interface CliCluster {
  rows: number[];
  confidence: 'sure' | 'doubtful';
}

export interface CliReport {
  clusters: CliCluster[];
  roles?: Array<{ header: string; role: string | null }>;
  /** Wall time of the whole command. */
  ms: number;
}

/** `crm-hygiene dedupe --json` of the build in `root` (its build/cli.cjs), with 0-based data rows. */
export function runDedupe(root: string, csv: string): CliReport {
  const cli = join(root, 'build', 'cli.cjs');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`node scripts/build.mjs\` in ${root}`);
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [cli, 'dedupe', csv, '--json', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (res.status !== 0) throw new Error(`dedupe failed in ${root}: ${res.stderr}`);
  const json = JSON.parse(res.stdout) as { clusters: CliCluster[]; roles?: CliReport['roles'] };
  return { clusters: json.clusters.map((c) => ({ ...c, rows: c.rows.map((r) => r - 2) })), roles: json.roles, ms };
}

/** Pairwise precision / recall / F1 of clusters against the true entities. */
export function scoreEntities(clusters: readonly (readonly number[])[], entity: readonly string[]): { precision: number; recall: number; f1: number; predicted: number } {
  const sizes = new Map<string, number>();
  for (const e of entity) sizes.set(e, (sizes.get(e) ?? 0) + 1);
  let truth = 0;
  for (const k of sizes.values()) truth += (k * (k - 1)) / 2;
  let predicted = 0;
  let tp = 0;
  for (const c of clusters) {
    const perEntity = new Map<string, number>();
    for (const r of c) perEntity.set(entity[r] ?? '', (perEntity.get(entity[r] ?? '') ?? 0) + 1);
    predicted += (c.length * (c.length - 1)) / 2;
    for (const k of perEntity.values()) tp += (k * (k - 1)) / 2;
  }
  const precision = predicted === 0 ? 1 : tp / predicted;
  const recall = truth === 0 ? 1 : tp / truth;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), predicted };
}
