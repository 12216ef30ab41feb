import type { DataSource, QueryRunner } from 'typeorm';
import { MatchKey } from '../../entities/match-key.entity';

/** Where a staged load of match keys stands; a scan reports each step as it reaches it (see ScanOptions.onStep). */
export type StagingStep = 'staged' | 'keys-indexed' | 'caught-up' | 'swapped';

const STAGING = 'match_key_scan';
const LOG = 'match_key_scan_log';
const RETIRED = 'match_key_scan_old';
const LOG_INSERT = 'match_key_scan_log_insert';
const LOG_DELETE = 'match_key_scan_log_delete';
const MIRROR_INSERT = 'match_key_scan_mirror_insert';
const MIRROR_DELETE = 'match_key_scan_mirror_delete';
const TRIGGERS = [LOG_INSERT, LOG_DELETE, MIRROR_INSERT, MIRROR_DELETE];
/**
 * One staged load at a time per database; MySQL lets the lock go with the session, also when the process dies.
 * GET_LOCK names are server-wide, so the name carries the database's.
 */
const SCAN_LOCK = "CONCAT('crm_match_key_scan:', DATABASE())";
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
  for (const trigger of TRIGGERS) await ddl(runner, `DROP TRIGGER IF EXISTS ${trigger}`);
  await runner.query(`DROP TABLE IF EXISTS ${STAGING}, ${LOG}, ${RETIRED}`);
}

/** From now on, the record of every key other sessions write to the live table is logged. */
async function logLiveChanges(runner: QueryRunner, live: string): Promise<void> {
  for (const [trigger, event, row] of [
    [LOG_INSERT, 'INSERT', 'NEW'],
    [LOG_DELETE, 'DELETE', 'OLD'],
  ]) {
    await ddl(
      runner,
      `CREATE TRIGGER ${trigger} AFTER ${event} ON ${live} FOR EACH ROW ` +
        `INSERT INTO ${LOG} (entityType, recordId) VALUES (${row}.entityType, ${row}.recordId)`,
    );
  }
}

/**
 * From now on, every key other sessions write to the live table is written to the staging table too (only once its
 * index is built: until then a writer never waits for the staging table, whose index build holds it at the end).
 */
async function mirrorLiveChanges(runner: QueryRunner, live: string): Promise<void> {
  await ddl(
    runner,
    `CREATE TRIGGER ${MIRROR_INSERT} AFTER INSERT ON ${live} FOR EACH ROW ` +
      `INSERT IGNORE INTO ${STAGING} (entityType, recordId, \`key\`) VALUES (NEW.entityType, NEW.recordId, NEW.\`key\`)`,
  );
  await ddl(
    runner,
    `CREATE TRIGGER ${MIRROR_DELETE} AFTER DELETE ON ${live} FOR EACH ROW ` +
      `DELETE FROM ${STAGING} WHERE entityType = OLD.entityType AND recordId = OLD.recordId AND \`key\` = OLD.\`key\``,
  );
}

/**
 * Gives the records logged up to seq `upTo` (or all logged so far) the live table's keys in the staging table: those
 * written since the scan began, which it may have read before (or copied while they changed). Each round's delete and
 * copy run in one READ COMMITTED transaction, so the copy reads what committed after the delete waited for the rows a
 * writer holds, and a write after it reaches the copy through the mirroring triggers. Answers the entries handled.
 */
async function catchUp(runner: QueryRunner, live: string, upTo = Number.MAX_SAFE_INTEGER): Promise<number> {
  const entries: { seq: number | string; entityType: string; recordId: number }[] = await runner.query(
    `SELECT seq, entityType, recordId FROM ${LOG} WHERE seq <= ? ORDER BY seq LIMIT ${CATCH_UP_ENTRIES}`,
    [upTo],
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
 * copied over first; other sessions' writes meanwhile are logged by triggers on match_key and reach the staging
 * table (logLiveChanges, mirrorLiveChanges, catchUp). An interrupted load leaves match_key as it was; what a lost
 * connection leaves (the triggers, the staging tables) the next load drops first. `load` writes the keys into the
 * table named.
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
    const [{ locked }] = await runner.query(`SELECT GET_LOCK(${SCAN_LOCK}, 0) AS locked`);
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
      await logLiveChanges(runner, live);
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
      await mirrorLiveChanges(runner, live);
      // its DDL waited for every transaction on the live table: what was logged unmirrored has committed by now
      const [{ unmirrored }] = await runner.query(`SELECT COALESCE(MAX(seq), 0) AS unmirrored FROM ${LOG}`);
      while ((await catchUp(runner, live, Number(unmirrored))) > 0);
      for (let round = 0; round < CATCH_UP_ROUNDS && (await catchUp(runner, live)) > 0; round++);
      await onStep('caught-up');
      await ddl(runner, `RENAME TABLE ${live} TO ${RETIRED}, ${STAGING} TO ${live}`);
      await onStep('swapped');
      return result;
    } finally {
      // as the next load would: a lost connection leaves the rest to it
      await dropLeftovers(runner).catch(() => undefined);
      await runner.query('SET SESSION lock_wait_timeout = DEFAULT').catch(() => undefined);
      await runner.query(`SELECT RELEASE_LOCK(${SCAN_LOCK})`).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
