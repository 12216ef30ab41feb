import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Quality1795493963463 implements MigrationInterface {
  name = 'Quality1795493963463';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_69b54a824b63c787603baf72e4\` ON \`match_key\``);
    await queryRunner.query(
      `CREATE TABLE \`alternate_value\` (\`id\` int NOT NULL AUTO_INCREMENT, \`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, \`field\` varchar(40) NOT NULL, \`value\` mediumtext NOT NULL, \`fromRecordId\` int NOT NULL, \`mergeId\` int NOT NULL, INDEX \`IDX_0ee07493a93ef704504b49a000\` (\`mergeId\`), INDEX \`IDX_d14e99a80b23c1f1bb5ecc046b\` (\`entityType\`, \`recordId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`dismissed_pair\` (\`entityType\` varchar(10) NOT NULL, \`aId\` int NOT NULL, \`bId\` int NOT NULL, \`dismissedById\` int NULL, \`dismissedAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_72343ee4d9be6f28dce574a3ee\` (\`entityType\`, \`bId\`), PRIMARY KEY (\`entityType\`, \`aId\`, \`bId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`duplicate_cluster\` (\`id\` int NOT NULL AUTO_INCREMENT, \`entityType\` varchar(10) NOT NULL, \`status\` varchar(10) NOT NULL, \`score\` double NOT NULL, \`memberCount\` int NOT NULL, \`anchorId\` int NOT NULL, \`label\` varchar(500) NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updatedAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_2ce9fe371d374ad5d50575776a\` (\`entityType\`, \`status\`, \`anchorId\`), INDEX \`IDX_b4847758e0d2d59dc723641d30\` (\`entityType\`, \`status\`, \`score\`), INDEX \`IDX_81e1a732c04d32369f7d6ed16e\` (\`status\`, \`score\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`duplicate_cluster_member\` (\`id\` int NOT NULL AUTO_INCREMENT, \`clusterId\` int NOT NULL, \`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, \`divisionId\` int NULL, INDEX \`IDX_47a1fa0f1984bc37c1102864ac\` (\`divisionId\`, \`clusterId\`), INDEX \`IDX_905d2a782074a2e71e51aef1a8\` (\`entityType\`, \`recordId\`), UNIQUE INDEX \`UQ_duplicate_cluster_member\` (\`clusterId\`, \`recordId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`duplicate_pair\` (\`id\` int NOT NULL AUTO_INCREMENT, \`clusterId\` int NOT NULL, \`entityType\` varchar(10) NOT NULL, \`aId\` int NOT NULL, \`bId\` int NOT NULL, \`score\` double NOT NULL, \`evidence\` text NOT NULL, INDEX \`IDX_af5ead63288301c1431133b335\` (\`clusterId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`validation_finding\` (\`id\` int NOT NULL AUTO_INCREMENT, \`recordKey\` int NOT NULL, \`entityType\` varchar(10) NOT NULL, \`code\` varchar(40) NOT NULL, \`severity\` varchar(10) NOT NULL, \`field\` varchar(100) NOT NULL, \`message\` varchar(1000) NOT NULL, \`value\` varchar(255) NULL, \`suggestedValue\` varchar(255) NULL, \`listed\` tinyint NOT NULL, \`divisionId\` int NULL, \`ownerId\` int NULL, \`ignoredAt\` datetime(3) NULL, \`ignoredById\` int NULL, \`ignoredReason\` varchar(500) NULL, INDEX \`IDX_a5413bfa70617cbe85e15eb38c\` (\`recordKey\`), INDEX \`IDX_7290ab08813a3272f2b9e5905b\` (\`code\`, \`listed\`, \`ownerId\`, \`recordKey\`), INDEX \`IDX_e435c58a062388975ae0ad9bcd\` (\`code\`, \`listed\`, \`recordKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`record_merge\` (\`id\` int NOT NULL AUTO_INCREMENT, \`entityType\` varchar(10) NOT NULL, \`survivorId\` int NOT NULL, \`fieldValues\` text NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`createdById\` int NULL, \`undoneAt\` datetime(3) NULL, \`undoneById\` int NULL, INDEX \`IDX_ca537726db23aceb03be171eba\` (\`createdAt\`), INDEX \`IDX_6c4b6b1c63d9190d5eb7907d82\` (\`entityType\`, \`survivorId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`merge_change\` (\`id\` int NOT NULL AUTO_INCREMENT, \`mergeId\` int NOT NULL, \`entityName\` varchar(40) NOT NULL, \`derived\` tinyint NOT NULL DEFAULT 0, \`beforeImage\` mediumtext NULL, \`afterImage\` mediumtext NULL, INDEX \`IDX_7a35f20d628e415d78e3e3464e\` (\`mergeId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`merge_member\` (\`id\` int NOT NULL AUTO_INCREMENT, \`mergeId\` int NOT NULL, \`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, INDEX \`IDX_06955e9e9708e84220e956d412\` (\`mergeId\`), INDEX \`IDX_5008798131de3cac075e49eadb\` (\`entityType\`, \`recordId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`site\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`allowedOrigins\` text NOT NULL, \`keyHash\` varchar(64) NOT NULL, \`divisionId\` int NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_fc0de2a3dc3ea91fbdd00c2aa3\` (\`divisionId\`), UNIQUE INDEX \`IDX_9669a09fcc0eb6d2794a658f64\` (\`name\`), UNIQUE INDEX \`IDX_8f6bf077ad56e7d5a3c5973879\` (\`keyHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`site_lead\` (\`id\` int NOT NULL AUTO_INCREMENT, \`siteId\` int NOT NULL, \`leadId\` int NOT NULL, \`requestKey\` varchar(100) NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_218569cc32e7d70e4b39dae33d\` (\`leadId\`), UNIQUE INDEX \`UQ_site_lead_request_key\` (\`siteId\`, \`requestKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`match_model\` (\`id\` int NOT NULL AUTO_INCREMENT, \`model\` text NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`validation_count\` (\`entityType\` varchar(10) NOT NULL, \`divisionId\` int NOT NULL, \`ownerId\` int NOT NULL, \`code\` varchar(40) NOT NULL, \`severity\` varchar(10) NOT NULL, \`records\` int NOT NULL, \`findings\` int NOT NULL, \`ignored\` int NOT NULL, PRIMARY KEY (\`entityType\`, \`divisionId\`, \`ownerId\`, \`code\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`validation_entry\` (\`id\` int NOT NULL, \`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, \`divisionId\` int NULL, \`ownerId\` int NULL, \`recordCreatedAt\` datetime(3) NOT NULL, \`searchText\` varchar(500) NOT NULL, \`errorCount\` int NOT NULL, \`warningCount\` int NOT NULL, INDEX \`IDX_bbf388aac3f2d574f631150580\` (\`divisionId\`), INDEX \`IDX_70666bb8f1699e17f9e182dd46\` (\`ownerId\`), INDEX \`IDX_0bbaa131fec85934001f8e9f14\` (\`recordCreatedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`relation\` ADD \`numberSeriesId\` int NULL`);
    await queryRunner.query(`CREATE INDEX \`IDX_f26287bf22431c50d64329b799\` ON \`contact\` (\`mergedIntoId\`)`);
    await queryRunner.query(`CREATE INDEX \`IDX_8df77750749ff635ff329b2612\` ON \`lead\` (\`convertedRelationId\`)`);
    await queryRunner.query(`CREATE INDEX \`IDX_18aeaebe769ff8580ea61e13b8\` ON \`lead\` (\`convertedContactId\`)`);
    await queryRunner.query(`CREATE INDEX \`IDX_5235667820e41bf29856dbb272\` ON \`lead\` (\`mergedIntoId\`)`);
    await queryRunner.query(
      `CREATE INDEX \`IDX_9d1cff70b33b4f9bc94ae48e07\` ON \`match_key\` (\`key\`, \`entityType\`, \`recordId\`)`,
    );
    await queryRunner.query(`CREATE INDEX \`IDX_788b80e317ef6bcedab1f9403c\` ON \`relation\` (\`numberSeriesId\`)`);
    await queryRunner.query(`CREATE INDEX \`IDX_9b21ce89e428cc0eb281398632\` ON \`relation\` (\`mergedIntoId\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_9b21ce89e428cc0eb281398632\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_788b80e317ef6bcedab1f9403c\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_9d1cff70b33b4f9bc94ae48e07\` ON \`match_key\``);
    await queryRunner.query(`DROP INDEX \`IDX_5235667820e41bf29856dbb272\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_18aeaebe769ff8580ea61e13b8\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_8df77750749ff635ff329b2612\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_f26287bf22431c50d64329b799\` ON \`contact\``);
    await queryRunner.query(`ALTER TABLE \`relation\` DROP COLUMN \`numberSeriesId\``);
    await queryRunner.query(`DROP INDEX \`IDX_0bbaa131fec85934001f8e9f14\` ON \`validation_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_70666bb8f1699e17f9e182dd46\` ON \`validation_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_bbf388aac3f2d574f631150580\` ON \`validation_entry\``);
    await queryRunner.query(`DROP TABLE \`validation_entry\``);
    await queryRunner.query(`DROP TABLE \`validation_count\``);
    await queryRunner.query(`DROP TABLE \`match_model\``);
    await queryRunner.query(`DROP INDEX \`UQ_site_lead_request_key\` ON \`site_lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_218569cc32e7d70e4b39dae33d\` ON \`site_lead\``);
    await queryRunner.query(`DROP TABLE \`site_lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_8f6bf077ad56e7d5a3c5973879\` ON \`site\``);
    await queryRunner.query(`DROP INDEX \`IDX_9669a09fcc0eb6d2794a658f64\` ON \`site\``);
    await queryRunner.query(`DROP INDEX \`IDX_fc0de2a3dc3ea91fbdd00c2aa3\` ON \`site\``);
    await queryRunner.query(`DROP TABLE \`site\``);
    await queryRunner.query(`DROP INDEX \`IDX_5008798131de3cac075e49eadb\` ON \`merge_member\``);
    await queryRunner.query(`DROP INDEX \`IDX_06955e9e9708e84220e956d412\` ON \`merge_member\``);
    await queryRunner.query(`DROP TABLE \`merge_member\``);
    await queryRunner.query(`DROP INDEX \`IDX_7a35f20d628e415d78e3e3464e\` ON \`merge_change\``);
    await queryRunner.query(`DROP TABLE \`merge_change\``);
    await queryRunner.query(`DROP INDEX \`IDX_6c4b6b1c63d9190d5eb7907d82\` ON \`record_merge\``);
    await queryRunner.query(`DROP INDEX \`IDX_ca537726db23aceb03be171eba\` ON \`record_merge\``);
    await queryRunner.query(`DROP TABLE \`record_merge\``);
    await queryRunner.query(`DROP INDEX \`IDX_e435c58a062388975ae0ad9bcd\` ON \`validation_finding\``);
    await queryRunner.query(`DROP INDEX \`IDX_7290ab08813a3272f2b9e5905b\` ON \`validation_finding\``);
    await queryRunner.query(`DROP INDEX \`IDX_a5413bfa70617cbe85e15eb38c\` ON \`validation_finding\``);
    await queryRunner.query(`DROP TABLE \`validation_finding\``);
    await queryRunner.query(`DROP INDEX \`IDX_af5ead63288301c1431133b335\` ON \`duplicate_pair\``);
    await queryRunner.query(`DROP TABLE \`duplicate_pair\``);
    await queryRunner.query(`DROP INDEX \`UQ_duplicate_cluster_member\` ON \`duplicate_cluster_member\``);
    await queryRunner.query(`DROP INDEX \`IDX_905d2a782074a2e71e51aef1a8\` ON \`duplicate_cluster_member\``);
    await queryRunner.query(`DROP INDEX \`IDX_47a1fa0f1984bc37c1102864ac\` ON \`duplicate_cluster_member\``);
    await queryRunner.query(`DROP TABLE \`duplicate_cluster_member\``);
    await queryRunner.query(`DROP INDEX \`IDX_81e1a732c04d32369f7d6ed16e\` ON \`duplicate_cluster\``);
    await queryRunner.query(`DROP INDEX \`IDX_b4847758e0d2d59dc723641d30\` ON \`duplicate_cluster\``);
    await queryRunner.query(`DROP INDEX \`IDX_2ce9fe371d374ad5d50575776a\` ON \`duplicate_cluster\``);
    await queryRunner.query(`DROP TABLE \`duplicate_cluster\``);
    await queryRunner.query(`DROP INDEX \`IDX_72343ee4d9be6f28dce574a3ee\` ON \`dismissed_pair\``);
    await queryRunner.query(`DROP TABLE \`dismissed_pair\``);
    await queryRunner.query(`DROP INDEX \`IDX_d14e99a80b23c1f1bb5ecc046b\` ON \`alternate_value\``);
    await queryRunner.query(`DROP INDEX \`IDX_0ee07493a93ef704504b49a000\` ON \`alternate_value\``);
    await queryRunner.query(`DROP TABLE \`alternate_value\``);
    await queryRunner.query(
      `CREATE INDEX \`IDX_69b54a824b63c787603baf72e4\` ON \`match_key\` (\`key\`, \`entityType\`)`,
    );
  }
}
