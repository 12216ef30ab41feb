import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ValidationRecordCount1795600000032 implements MigrationInterface {
  name = 'ValidationRecordCount1795600000032';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`validation_record_count\` (\`entityType\` varchar(10) NOT NULL, \`divisionId\` int NOT NULL, \`ownerId\` int NOT NULL, \`records\` int NOT NULL, \`errorRecords\` int NOT NULL, \`warningRecords\` int NOT NULL, PRIMARY KEY (\`entityType\`, \`divisionId\`, \`ownerId\`)) ENGINE=InnoDB`,
    );
    // the report's records so far
    await queryRunner.query(
      'INSERT INTO `validation_record_count` SELECT entityType, COALESCE(divisionId, 0), COALESCE(ownerId, 0), ' +
        'SUM(CASE WHEN errorCount > 0 OR warningCount > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN errorCount > 0 THEN 1 ELSE 0 END), ' +
        'SUM(CASE WHEN warningCount > 0 THEN 1 ELSE 0 END) FROM `validation_entry` ' +
        'GROUP BY entityType, COALESCE(divisionId, 0), COALESCE(ownerId, 0) HAVING SUM(CASE WHEN errorCount > 0 OR warningCount > 0 THEN 1 ELSE 0 END) > 0',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`validation_record_count\``);
  }
}
