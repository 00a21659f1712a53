// Types of scripts/dev-server.mjs for the TypeScript tests that import it.
import type { FakeGas } from '../test/fake/gas';
import type { FakeSheet } from '../test/fake/sheet';
import type { Cell } from '../src/core/table';

export const SAMPLE_CSV: string;
export const DATA_SHEET: string;
export const HOSTILE_ROWS: string[][];
export function typedRows(rows: Cell[][]): Cell[][];
export function readCsvSheet(file?: string, limit?: number): string[][];

export interface Backend {
  gas: FakeGas;
  sheet: FakeSheet;
  context: Record<string, unknown>;
  setUserLocale(code: string): void;
  run(name: string, args: unknown[]): unknown;
}
export function createBackend(opts?: { values?: Cell[][]; locale?: string; spreadsheetLocale?: string }): Backend;
export function sidebarPage(): string;

export interface FakeState {
  triggers: Array<{ id: string; handler: string; eventType: string; source: string; spec: Record<string, unknown> }>;
  sheets: Array<{ name: string; rows: number }>;
}
/** Installable triggers and sheets of the fake (also served as GET /_fake/state). */
export function fakeState(backend: Backend): FakeState;

export interface DevServer {
  url: string;
  backend: Backend;
  close(): Promise<void>;
}
export function startDevServer(opts?: { port?: number; host?: string; backend?: Backend; log?: boolean }): Promise<DevServer>;
