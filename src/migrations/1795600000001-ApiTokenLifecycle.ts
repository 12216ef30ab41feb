import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API tokens get a name, an expiry, a revocation and when they were last used. */
export class ApiTokenLifecycle1795600000001 implements MigrationInterface {
  name = 'ApiTokenLifecycle1795600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`api_token\` ADD \`name\` varchar(100) NULL, ADD \`expiresAt\` datetime(3) NULL, ADD \`revokedAt\` datetime(3) NULL, ADD \`lastUsedAt\` datetime(3) NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`api_token\` DROP COLUMN \`lastUsedAt\`, DROP COLUMN \`revokedAt\`, DROP COLUMN \`expiresAt\`, DROP COLUMN \`name\``,
    );
  }
}
