import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchKeys1795488207859 implements MigrationInterface {
  name = 'MatchKeys1795488207859';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`match_key\` (\`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, \`key\` varchar(100) NOT NULL, INDEX \`IDX_69b54a824b63c787603baf72e4\` (\`key\`, \`entityType\`), PRIMARY KEY (\`entityType\`, \`recordId\`, \`key\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_69b54a824b63c787603baf72e4\` ON \`match_key\``);
    await queryRunner.query(`DROP TABLE \`match_key\``);
  }
}
