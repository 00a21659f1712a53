// Every test runs in a process time zone that is neither UTC nor any spreadsheet zone the tests
// use (Asia/Jakarta, Europe/Prague, America/New_York): code that reads a date with the process's
// local getters (getDate(), getHours(), new Date(y, m, d)) instead of the spreadsheet's zone gets
// a different day there and fails. Apps Script's own zone is the manifest's (Etc/UTC), which the
// fake's Session and clock triggers use; Honolulu (UTC-10, no daylight saving) is behind all three.
export const PROCESS_TIME_ZONE = 'Pacific/Honolulu';
process.env.TZ = PROCESS_TIME_ZONE;
