import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NumberSeriesDivision1795600000003 implements MigrationInterface {
  name = 'NumberSeriesDivision1795600000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`number_series\` ADD \`divisionId\` int NULL`);
    await queryRunner.query(`CREATE INDEX \`IDX_a82837717401af11b06bbaa8f3\` ON \`number_series\` (\`divisionId\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_a82837717401af11b06bbaa8f3\` ON \`number_series\``);
    await queryRunner.query(`ALTER TABLE \`number_series\` DROP COLUMN \`divisionId\``);
  }
}
