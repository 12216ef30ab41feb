import type { Logger } from 'typeorm';

/** Counts the SQL statements TypeORM sends, so tests can prove that list fields batch their look-ups. */
export class QueryCounter implements Logger {
  count = 0;
  private readonly recordings = new Set<string[]>();

  logQuery(query: string): void {
    this.count += 1;
    for (const recording of this.recordings) recording.push(query);
  }

  /** The statements sent while `work` runs, in order (any sent meanwhile by other work too). */
  async statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
    const statements: string[] = [];
    this.recordings.add(statements);
    try {
      await work();
    } finally {
      this.recordings.delete(statements);
    }
    return statements;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
