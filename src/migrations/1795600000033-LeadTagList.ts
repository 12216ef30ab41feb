import type { MigrationInterface, QueryRunner } from 'typeorm';
import { fillTagLists } from '../tags/tag-lists';

/** Each lead's tags kept in its row for its page (tags/tag-lists.ts), filled for the leads stored. A run that fails can be run again. */
export class LeadTagList1795600000033 implements MigrationInterface {
  name = 'LeadTagList1795600000033';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await queryRunner.hasColumn('lead', 'tagList')))
      await queryRunner.query('ALTER TABLE `lead` ADD `tagList` mediumtext NULL');
    await fillTagLists(queryRunner.manager);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `lead` DROP COLUMN `tagList`');
  }
}
