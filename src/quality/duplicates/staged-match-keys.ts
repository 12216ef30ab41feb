import type { DataSource, QueryRunner } from 'typeorm';
import { MatchKey } from '../../entities/match-key.entity';

/** Where a staged load of match keys stands; a scan reports each step as it reaches it (see ScanOptions.onStep). */
export type StagingStep = 'staged' | 'keys-indexed' | 'caught-up' | 'swapped';

const STAGING = 'match_key_scan';
const LOG = 'match_key_scan_log';
const RETIRED = 'match_key_scan_old';
const ON_INSERT = 'match_key_scan_on_insert';
const ON_DELETE = 'match_key_scan_on_delete';
/** One staged load at a time per database; MySQL lets the lock go with the session, also when the process dies. */
const SCAN_LOCK = 'crm_match_key_scan';
/**
 * DDL on the live table waits for the transactions using it, and every session that comes after queues behind it:
 * so it waits one second at most and tries again, up to a minute in all.
 */
const LOCK_WAIT_SECONDS = 1;
const DDL_ATTEMPTS = 60;
const CATCH_UP_ENTRIES = 5_000;
const CATCH_UP_ROUNDS = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Work in one READ COMMITTED transaction: each statement reads what has committed by the time it runs, without locks. */
async function readCommitted(runner: QueryRunner, work: () => Promise<void>): Promise<void> {
  await runner.startTransaction('READ COMMITTED');
  try {
    await work();
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}

function isLockWaitTimeout(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code;
  return code === 'ER_LOCK_WAIT_TIMEOUT';
}

/** A statement that takes a metadata lock other sessions' transactions hold: tried again while it times out. */
async function ddl(runner: QueryRunner, sql: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await runner.query(sql);
      return;
    } catch (error) {
      if (!isLockWaitTimeout(error) || attempt >= DDL_ATTEMPTS) throw error;
      await pause(50 + Math.random() * 200);
    }
  }
}

/** What an interrupted staged load leaves behind: the triggers go first, they write into the tables. */
async function dropLeftovers(runner: QueryRunner): Promise<void> {
  await ddl(runner, `DROP TRIGGER IF EXISTS ${ON_INSERT}`);
  await ddl(runner, `DROP TRIGGER IF EXISTS ${ON_DELETE}`);
  await runner.query(`DROP TABLE IF EXISTS ${STAGING}, ${LOG}, ${RETIRED}`);
}

/**
 * Every change other sessions make to the live table from now on is made to the staging table too, row by row, and
 * its record is logged: the keys a record gets while the scan runs win over what the scan read before.
 */
async function mirrorLiveChanges(runner: QueryRunner, live: string): Promise<void> {
  const columns = '(entityType, recordId, `key`)';
  const logged = (row: string) =>
    `INSERT INTO ${LOG} (entityType, recordId) VALUES (${row}.entityType, ${row}.recordId)`;
  await ddl(
    runner,
    `CREATE TRIGGER ${ON_INSERT} AFTER INSERT ON ${live} FOR EACH ROW BEGIN ` +
      `INSERT IGNORE INTO ${STAGING} ${columns} VALUES (NEW.entityType, NEW.recordId, NEW.\`key\`); ${logged('NEW')}; END`,
  );
  await ddl(
    runner,
    `CREATE TRIGGER ${ON_DELETE} AFTER DELETE ON ${live} FOR EACH ROW BEGIN ` +
      `DELETE FROM ${STAGING} WHERE entityType = OLD.entityType AND recordId = OLD.recordId AND \`key\` = OLD.\`key\`; ${logged('OLD')}; END`,
  );
}

/**
 * Gives the records logged so far the live table's keys in the staging table: those the scan may have read before
 * another session wrote them (or copied while it did). Each record's delete and copy run in one READ COMMITTED
 * transaction, so the copy reads what committed after the delete waited for the rows another writer holds, and a
 * write after it applies its change to the copy through the triggers. Answers the log entries handled.
 */
async function catchUp(runner: QueryRunner, live: string): Promise<number> {
  const entries: { seq: number | string; entityType: string; recordId: number }[] = await runner.query(
    `SELECT seq, entityType, recordId FROM ${LOG} ORDER BY seq LIMIT ${CATCH_UP_ENTRIES}`,
  );
  if (entries.length === 0) return 0;
  const byType = new Map<string, Set<number>>();
  for (const { entityType, recordId } of entries)
    byType.set(entityType, (byType.get(entityType) ?? new Set()).add(Number(recordId)));
  await readCommitted(runner, async () => {
    for (const [entityType, ids] of byType) {
      const records = [entityType, [...ids]];
      await runner.query(`DELETE FROM ${STAGING} WHERE entityType = ? AND recordId IN (?)`, records);
      await runner.query(
        `INSERT IGNORE INTO ${STAGING} (entityType, recordId, \`key\`) SELECT entityType, recordId, \`key\` FROM ${live} WHERE entityType = ? AND recordId IN (?)`,
        records,
      );
    }
    await runner.query(`DELETE FROM ${LOG} WHERE seq IN (?)`, [entries.map((entry) => entry.seq)]);
  });
  return entries.length;
}

/**
 * MySQL: loads one record type's match keys into a table of its own and swaps it in for match_key. Inserting ten
 * million keys one index entry at a time into a table larger than the buffer pool is slow (a million relations:
 * 516 s); the staging table takes them without its key index, builds that once, and one RENAME TABLE puts it in
 * place, so that other sessions never find match_key without its index or half-written. The other types' keys are
 * copied over first; writes of other sessions meanwhile reach the staging table through triggers on match_key (see
 * mirrorLiveChanges, catchUp). An interrupted load leaves match_key as it was, apart from the triggers until the
 * next load drops them with the staging tables. `load` writes the keys into the table named.
 */
export async function withStagedMatchKeys<T>(
  dataSource: DataSource,
  entityType: string,
  onStep: (step: StagingStep) => void | Promise<void>,
  load: (table: string) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const live = dataSource.getMetadata(MatchKey).tableName;
  try {
    const [{ locked }] = await runner.query('SELECT GET_LOCK(?, 0) AS locked', [SCAN_LOCK]);
    if (Number(locked) !== 1) throw new Error('Another duplicate scan is writing match keys; run this one after it');
    await runner.query(`SET SESSION lock_wait_timeout = ${LOCK_WAIT_SECONDS}`);
    try {
      await dropLeftovers(runner);
      const indexes = (await runner.getTable(live))!.indices.filter((index) => !index.isUnique);
      await runner.query(`CREATE TABLE ${STAGING} LIKE ${live}`);
      for (const index of indexes) await runner.query(`ALTER TABLE ${STAGING} DROP INDEX \`${index.name}\``);
      await runner.query(
        `CREATE TABLE ${LOG} (seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, entityType VARCHAR(10) NOT NULL, recordId INT NOT NULL) ENGINE=InnoDB`,
      );
      await mirrorLiveChanges(runner, live);
      await readCommitted(runner, () =>
        runner.query(
          `INSERT IGNORE INTO ${STAGING} (entityType, recordId, \`key\`) SELECT entityType, recordId, \`key\` FROM ${live} WHERE entityType <> ?`,
          [entityType],
        ),
      );
      await onStep('staged');
      const result = await load(STAGING);
      for (const index of indexes) {
        const columns = index.columnNames.map((column) => `\`${column}\``).join(', ');
        await ddl(
          runner,
          `ALTER TABLE ${STAGING} ADD INDEX \`${index.name}\` (${columns}), ALGORITHM=INPLACE, LOCK=NONE`,
        );
      }
      await onStep('keys-indexed');
      for (let round = 0; round < CATCH_UP_ROUNDS && (await catchUp(runner, live)) > 0; round++);
      await onStep('caught-up');
      await ddl(runner, `RENAME TABLE ${live} TO ${RETIRED}, ${STAGING} TO ${live}`);
      await onStep('swapped');
      return result;
    } finally {
      // as the next load would: a lost connection leaves the rest to it
      await dropLeftovers(runner).catch(() => undefined);
      await runner.query('SET SESSION lock_wait_timeout = DEFAULT').catch(() => undefined);
      await runner.query('SELECT RELEASE_LOCK(?)', [SCAN_LOCK]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
