// Embedded charts for the fake: Sheet.newChart() / insertChart() / getCharts() / removeChart() /
// updateChart() and the EmbeddedChartBuilder bits the add-on uses (asLineChart, addRange,
// setNumHeaders, setOption, setPosition, build). Hooked in additively: importing this module adds
// the methods to FakeSheet (once); nothing else in the fake changes.
import { FakeSheet } from './sheet';
import type { FakeRange } from './range';

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export class FakeEmbeddedChart {
  readonly __kind = 'EmbeddedChart';
  private static nextId = 1;
  readonly id = FakeEmbeddedChart.nextId++;
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly position: ChartPosition,
    readonly numHeaders: number,
  ) {}
  getChartId(): number {
    return this.id;
  }
  getRanges(): FakeRange[] {
    return this.ranges.slice();
  }
  getOptions(): { get(name: string): unknown } {
    return { get: (name: string) => this.options[name] ?? null };
  }
  modify(): FakeEmbeddedChartBuilder {
    const b = new FakeEmbeddedChartBuilder(this.sheet, this.type, this);
    for (const r of this.ranges) b.addRange(r);
    Object.assign(b.options, this.options);
    b.position = { ...this.position };
    return b;
  }
}

const TYPES = new Set(['LINE', 'AREA', 'BAR', 'COLUMN', 'COMBO', 'HISTOGRAM', 'PIE', 'SCATTER', 'TABLE']);

export class FakeEmbeddedChartBuilder {
  readonly __kind = 'EmbeddedChartBuilder';
  ranges: FakeRange[] = [];
  options: Record<string, unknown> = {};
  position: ChartPosition | null = null;
  numHeaders = -1;
  constructor(readonly sheet: FakeSheet, public type: string | null = null, readonly original: FakeEmbeddedChart | null = null) {}

  private as(type: string): this {
    this.type = type;
    return this;
  }
  asLineChart(): this {
    return this.as('LINE');
  }
  asColumnChart(): this {
    return this.as('COLUMN');
  }
  asAreaChart(): this {
    return this.as('AREA');
  }
  setChartType(type: string): this {
    if (!TYPES.has(String(type))) throw new Error('Invalid argument: type');
    return this.as(String(type));
  }
  addRange(range: FakeRange): this {
    if (!range || (range as { __kind?: string }).__kind !== 'Range') throw new Error('Invalid argument: range');
    if (range.sheet.doc !== this.sheet.doc) throw new Error('The range must be in the same spreadsheet.');
    this.ranges.push(range);
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    return this;
  }
  setNumHeaders(n: number): this {
    if (!Number.isInteger(n) || n < -1) throw new Error('Invalid argument: headers');
    this.numHeaders = n;
    return this;
  }
  setOption(name: string, value: unknown): this {
    if (typeof name !== 'string' || name === '') throw new Error('Invalid argument: option');
    this.options[name] = value;
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    if (![anchorRow, anchorColumn, offsetX, offsetY].every((n) => Number.isInteger(n)) || anchorRow < 1 || anchorColumn < 1) {
      throw new Error('Invalid argument: position');
    }
    this.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }
  build(): FakeEmbeddedChart {
    if (!this.type) throw new Error('The chart type is not set.');
    if (this.ranges.length === 0) throw new Error('The chart has no data. Add a range first.');
    return new FakeEmbeddedChart(this.sheet, this.type, this.ranges.slice(), { ...this.options }, this.position ?? { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 }, this.numHeaders);
  }
}

const chartsOf = new WeakMap<FakeSheet, FakeEmbeddedChart[]>();

/** The charts of a sheet, for test assertions (not counted as service calls). */
export function sheetCharts(sheet: FakeSheet): FakeEmbeddedChart[] {
  return chartsOf.get(sheet) ?? [];
}

interface ChartMethods {
  newChart(): FakeEmbeddedChartBuilder;
  insertChart(chart: FakeEmbeddedChart): void;
  getCharts(): FakeEmbeddedChart[];
  removeChart(chart: FakeEmbeddedChart): void;
  updateChart(chart: FakeEmbeddedChart): void;
}

const proto = FakeSheet.prototype as unknown as FakeSheet & Partial<ChartMethods>;
if (!proto.newChart) {
  const methods: ChartMethods & ThisType<FakeSheet> = {
    newChart() {
      return new FakeEmbeddedChartBuilder(this);
    },
    insertChart(chart) {
      if (!(chart instanceof FakeEmbeddedChart)) throw new Error('Invalid argument: chart');
      if (chart.sheet !== this) throw new Error('The chart belongs to another sheet.');
      const list = chartsOf.get(this) ?? [];
      if (list.includes(chart)) throw new Error('The chart is already on the sheet.');
      list.push(chart);
      chartsOf.set(this, list);
    },
    getCharts() {
      return (chartsOf.get(this) ?? []).slice();
    },
    removeChart(chart) {
      const list = chartsOf.get(this) ?? [];
      const i = list.indexOf(chart);
      if (i < 0) throw new Error('Invalid argument: chart');
      list.splice(i, 1);
    },
    updateChart(chart) {
      const list = chartsOf.get(this) ?? [];
      const original = list.findIndex((c) => c.id === chart.id);
      if (original < 0) list.push(chart);
      else list[original] = chart;
      chartsOf.set(this, list);
    },
  };
  Object.assign(proto, methods);
}
