// The fake's clock moved forward the way time passes for a real spreadsheet: every clock trigger
// fires at its time (in its zone: inTimezone or the script's), in an execution of its own, as the
// user who owns it, with the event Apps Script passes (triggerUid). Checks on the way that the
// document never holds more than one clock trigger.
import { expect } from 'vitest';
import type { Harness } from './gas-harness';

export interface Firing {
  handler: string;
  id: string;
  at: number;
}

/**
 * Fires every clock trigger due up to `until` (ms), in order; returns what fired. `perUser`: the
 * one-trigger check counts each user's triggers apart (a collaborator's takes over, and the
 * previous owner's is removed only when it next fires, from that owner's account).
 */
export function runClock(h: Harness, until: number, options: { maxFirings?: number; perUser?: boolean } = {}): Firing[] {
  const maxFirings = options.maxFirings ?? 1000;
  const fired: Firing[] = [];
  for (;;) {
    const clocks = h.gas.triggers.clockTriggers();
    const most = options.perUser ? Math.max(0, ...[...new Set(clocks.map((t) => t.owner))].map((o) => clocks.filter((t) => t.owner === o).length)) : clocks.length;
    expect(most, 'clock triggers in the document').toBeLessThanOrEqual(1);
    const due = h.gas.triggers.firstDue(until);
    if (!due) break;
    if (fired.length >= maxFirings) throw new Error(`more than ${maxFirings} firings before ${new Date(until).toISOString()}`);
    const { trigger, at } = due;
    moveTo(h, at);
    trigger.firedAt = at;
    const { userEmail, effectiveUserEmail, context } = h.gas.env;
    h.gas.env.userEmail = h.gas.env.effectiveUserEmail = trigger.owner;
    h.gas.env.context = 'trigger';
    try {
      const handler = h.bundle[trigger.getHandlerFunction()];
      if (typeof handler !== 'function') throw new Error(`no function ${trigger.getHandlerFunction()} for trigger ${trigger.id}`);
      handler({ authMode: 'FULL', triggerUid: trigger.getUniqueId() });
    } finally {
      Object.assign(h.gas.env, { userEmail, effectiveUserEmail, context });
    }
    fired.push({ handler: trigger.getHandlerFunction(), id: trigger.getUniqueId(), at });
  }
  moveTo(h, until);
  return fired;
}

/** Sets the fake's clock to `at` (ms); never backwards. */
export function moveTo(h: Harness, at: number): void {
  const now = h.gas.env.now();
  if (at > now) h.gas.env.advance(at - now);
}

/** Sets the fake's clock to `at` (ms), backwards too: a test's story starts on a day of its choosing. */
export function setClock(h: Harness, at: number): void {
  h.gas.env.advance(at - h.gas.env.now());
}

/** The fake's clock now (ms). */
export function clockNow(h: Harness): number {
  return h.gas.env.now();
}
