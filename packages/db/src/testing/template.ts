/** What the global setup hands to every test file: where the migrated template lives. */
export type TestTemplate =
  | { kind: 'embedded'; path: string }
  | { kind: 'postgres'; adminUrl: string; templateDb: string; prefix: string };

declare module 'vitest' {
  export interface ProvidedContext {
    kairosTemplate: TestTemplate;
  }
}

/** The same server, another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
