import type { MigrationInterface, QueryRunner } from 'typeorm';
import { fillSearchIndex } from '../search/search-index';

const RECORD_TABLES = ['lead', 'relation', 'contact'];

/**
 * Search on folded text and a token index (see searchRecords): the search text column of leads, relations and
 * contacts and the token table, both compared byte for byte, then every stored record's text and tokens computed
 * (by the code the write path uses: MySQL cannot fold as it does). A run that fails can be run again.
 */
export class SearchIndex1795600000002 implements MigrationInterface {
  name = 'SearchIndex1795600000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS \`search_token\``);
    await queryRunner.query(
      `CREATE TABLE \`search_token\` (\`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, \`token\` varchar(64) COLLATE utf8mb4_bin NOT NULL, INDEX \`IDX_5c921eca28be85a29ec81dc303\` (\`entityType\`, \`token\`, \`recordId\`), PRIMARY KEY (\`entityType\`, \`recordId\`, \`token\`)) ENGINE=InnoDB`,
    );
    for (const table of RECORD_TABLES) {
      if (await queryRunner.hasColumn(table, 'searchText'))
        await queryRunner.query(`UPDATE \`${table}\` SET \`searchText\` = NULL, \`updatedAt\` = \`updatedAt\``);
      else
        await queryRunner.query(`ALTER TABLE \`${table}\` ADD \`searchText\` varchar(1000) COLLATE utf8mb4_bin NULL`);
    }
    await fillSearchIndex(queryRunner.manager);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of RECORD_TABLES) await queryRunner.query(`ALTER TABLE \`${table}\` DROP COLUMN \`searchText\``);
    await queryRunner.query(`DROP TABLE \`search_token\``);
  }
}
