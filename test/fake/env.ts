// Shared state of one fake Apps Script project: who runs, in which auth mode and context, and a
// clock tests can move forward.
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface Clock {
  now(): number;
}

export class FakeEnv implements Clock {
  authMode: AuthModeName = 'FULL';
  /** 'ui': run from a menu or the sidebar; 'trigger': a time-driven or installable trigger. */
  context: 'ui' | 'trigger' = 'ui';
  userEmail = 'owner@example.com';
  effectiveUserEmail = 'owner@example.com';
  /** What Session.getActiveUserLocale() reports: the language of the user's Google account. */
  userLocale = 'en';
  offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
