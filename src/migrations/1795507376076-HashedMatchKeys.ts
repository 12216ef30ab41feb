import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Match keys stored as 48-bit hashes instead of their text (see matchKeyHash): the key index is about half as large.
 * Stored keys are converted, not rebuilt: MySQL's MD5 of a key's UTF-8 bytes gives the hash Node computes. The copy
 * gets its key index in one pass after it is filled, and one RENAME swaps the tables, so a run that fails leaves
 * the text keys in place (MySQL commits each DDL statement) and can be run again.
 */
export class HashedMatchKeys1795507376076 implements MigrationInterface {
  name = 'HashedMatchKeys1795507376076';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS \`match_key_hashed\``);
    await queryRunner.query(
      `CREATE TABLE \`match_key_hashed\` (\`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, \`key\` bigint NOT NULL, PRIMARY KEY (\`entityType\`, \`recordId\`, \`key\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `INSERT IGNORE INTO \`match_key_hashed\` (\`entityType\`, \`recordId\`, \`key\`) SELECT \`entityType\`, \`recordId\`, CONV(LEFT(MD5(CONVERT(\`key\` USING utf8mb4)), 12), 16, 10) FROM \`match_key\` ORDER BY \`entityType\`, \`recordId\``,
    );
    await queryRunner.query(
      `CREATE INDEX \`IDX_9d1cff70b33b4f9bc94ae48e07\` ON \`match_key_hashed\` (\`key\`, \`entityType\`, \`recordId\`)`,
    );
    await queryRunner.query(`RENAME TABLE \`match_key\` TO \`match_key_text\`, \`match_key_hashed\` TO \`match_key\``);
    await queryRunner.query(`DROP TABLE \`match_key_text\``);
  }

  /** A hash gives no text back: the text keys start empty, and `crm dedupe scan` writes them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`match_key\``);
    await queryRunner.query(
      `CREATE TABLE \`match_key\` (\`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, \`key\` varchar(100) NOT NULL, INDEX \`IDX_9d1cff70b33b4f9bc94ae48e07\` (\`key\`, \`entityType\`, \`recordId\`), PRIMARY KEY (\`entityType\`, \`recordId\`, \`key\`)) ENGINE=InnoDB`,
    );
  }
}
