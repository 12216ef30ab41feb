import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DealValue1795600000031 implements MigrationInterface {
  name = 'DealValue1795600000031';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`deal\` ADD \`value\` decimal(14,2) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`deal\` DROP COLUMN \`value\``);
  }
}
