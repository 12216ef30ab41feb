import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ValidationEntryOpenIndex1795600000032 implements MigrationInterface {
  name = 'ValidationEntryOpenIndex1795600000032';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX \`IDX_03b1d3b526561ae22c7d16d6d7\` ON \`validation_entry\` (\`errorCount\`, \`warningCount\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_03b1d3b526561ae22c7d16d6d7\` ON \`validation_entry\``);
  }
}
