// The words the report uses for finding kinds: the sidebar's own English labels (`kind.<name>` in
// sidebar/i18n/en.json), so the report, the sidebar and the audit speak one vocabulary. The
// catalogue test checks every kind has one; an unknown kind shows its code.
import en from '../../sidebar/i18n/en.json';

let labels: Map<string, string> | undefined;

export function findingLabel(kind: string): string {
  labels ??= new Map(Object.entries(en as Record<string, string>).filter(([k]) => k.startsWith('kind.')).map(([k, v]) => [k.slice(5), v]));
  return labels.get(kind) ?? kind;
}
