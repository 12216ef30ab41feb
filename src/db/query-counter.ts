import type { Logger } from 'typeorm';

/** Counts the SQL statements TypeORM sends, so tests can prove that list fields batch their look-ups. */
export class QueryCounter implements Logger {
  count = 0;

  /** takes the statement, as TypeORM's Logger does, so that a test may listen in by replacing it */
  logQuery(_query?: string): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
