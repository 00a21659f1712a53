/**
 * Resource figures for benchmarks (bench/cli-scale.ts): with CRM_HYGIENE_STATS=1 the CLI samples
 * its heap every 200 ms and prints one JSON line on stderr at exit: wall time, peak RSS, peak heap.
 * Off by default, so normal runs pay nothing.
 */
export function startStats(): (() => void) | null {
  if (!process.env.CRM_HYGIENE_STATS) return null;
  const started = process.hrtime.bigint();
  let peakHeap = 0;
  let peakHeapTotal = 0;
  let peakExternal = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    // Committed heap and memory outside it (buffers): where RSS above the used heap goes.
    peakHeapTotal = Math.max(peakHeapTotal, m.heapTotal);
    peakExternal = Math.max(peakExternal, m.external);
  };
  const timer = setInterval(sample, 200);
  timer.unref();
  return () => {
    clearInterval(timer);
    sample();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // CPU time next to wall time: on a shared machine wall time also measures the neighbours.
    const cpu = process.cpuUsage();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    // maxRSS is the kernel's high-water mark (KiB), so the peak is exact, not sampled.
    process.stderr.write(`CRM_HYGIENE_STATS ${JSON.stringify({ ms, cpuMs, peakRssMB: process.resourceUsage().maxRSS / 1024, peakHeapMB: peakHeap / 2 ** 20, peakHeapTotalMB: peakHeapTotal / 2 ** 20, peakExternalMB: peakExternal / 2 ** 20 })}\n`);
  };
}
