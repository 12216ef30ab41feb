import type { Logger } from 'typeorm';

/** Counts the SQL statements TypeORM sends, so tests can prove that list fields batch their look-ups. */
export class QueryCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
