import { boundedStatement } from '../../../src/db/dialect';

describe('boundedStatement', () => {
  const read = 'SELECT COUNT(1) AS `cnt` FROM `lead` `lead` WHERE `lead`.`lastName` LIKE ?';

  it('has MariaDB stop a read at the time left, in seconds, never at 0 (which means no limit)', () => {
    expect(boundedStatement(read, 1500, 'mariadb')).toBe(`SET STATEMENT max_statement_time=1.5 FOR ${read}`);
    expect(boundedStatement(read, 0.2, 'mariadb')).toBe(`SET STATEMENT max_statement_time=0.001 FOR ${read}`);
    expect(boundedStatement('WITH c AS (SELECT 1) SELECT * FROM c', 10, 'mariadb')).toMatch(
      /^SET STATEMENT max_statement_time=0.01 FOR WITH/,
    );
  });

  it("gives MySQL's first SELECT the MAX_EXECUTION_TIME hint, in milliseconds", () => {
    expect(boundedStatement(read, 1500, 'mysql')).toBe(
      'SELECT /*+ MAX_EXECUTION_TIME(1500) */ COUNT(1) AS `cnt` FROM `lead` `lead` WHERE `lead`.`lastName` LIKE ?',
    );
  });

  it('leaves writes, locking reads and transaction control alone, and SQLite altogether', () => {
    for (const sql of [
      'UPDATE `number_series` SET `next` = `next` + 1 WHERE `id` = ?',
      'INSERT INTO `lead`(`id`) VALUES (DEFAULT)',
      'SELECT `s`.`id` FROM `number_series` `s` WHERE `s`.`id` = ? FOR UPDATE',
      'SELECT `s`.`id` FROM `number_series` `s` LOCK IN SHARE MODE',
      'START TRANSACTION',
      'COMMIT',
    ]) {
      expect(boundedStatement(sql, 1000, 'mariadb')).toBe(sql);
      expect(boundedStatement(sql, 1000, 'mysql')).toBe(sql);
    }
    expect(boundedStatement(read, 1000, 'better-sqlite3')).toBe(read);
  });
});
