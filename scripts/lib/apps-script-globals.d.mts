export function appsScriptGlobals(): string[];
