import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795487700014 implements MigrationInterface {
  name = 'Foundation1795487700014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`activity\` (\`id\` int NOT NULL AUTO_INCREMENT, \`type\` varchar(10) NOT NULL, \`subject\` varchar(255) NOT NULL, \`body\` mediumtext NULL, \`dueAt\` datetime(3) NULL, \`doneAt\` datetime(3) NULL, \`ownerId\` int NULL, \`leadId\` int NULL, \`relationId\` int NULL, \`contactId\` int NULL, \`dealId\` int NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updatedAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_a271cdfcdbe95e9c71d76fd9f3\` (\`dueAt\`), INDEX \`IDX_2e32cff695a62ac42865ea087e\` (\`ownerId\`), INDEX \`IDX_427d09482a12846ff768450c18\` (\`leadId\`), INDEX \`IDX_ad1bfc999b03aaaa565b698c64\` (\`relationId\`), INDEX \`IDX_01d2b0c84e21d848d71ef579ed\` (\`contactId\`), INDEX \`IDX_613c97d473927d510d8be5e92c\` (\`dealId\`), INDEX \`IDX_caa645b86d8db66739106100a2\` (\`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`api_token\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_cbfc4e2b85b78207afb0b2d7fb\` (\`userId\`), UNIQUE INDEX \`IDX_b8d5076cd3f3572829943b3f8a\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`attachment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`fileName\` varchar(255) NOT NULL, \`mediaType\` varchar(100) NOT NULL, \`size\` int NOT NULL, \`content\` longblob NOT NULL, \`leadId\` int NULL, \`relationId\` int NULL, \`contactId\` int NULL, \`dealId\` int NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_d5fb96e806732eb59895a81626\` (\`leadId\`), INDEX \`IDX_959acedcf708f76ece5fd3a10a\` (\`relationId\`), INDEX \`IDX_e905fe44bc5cb716cf960ab321\` (\`contactId\`), INDEX \`IDX_d3bd43fb2799781508a7809b0b\` (\`dealId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`contact\` (\`id\` int NOT NULL AUTO_INCREMENT, \`firstName\` varchar(100) NULL, \`lastName\` varchar(100) NULL, \`email\` varchar(254) NULL, \`phone\` varchar(50) NULL, \`title\` varchar(100) NULL, \`birthDate\` varchar(10) NULL, \`relationId\` int NULL, \`ownerId\` int NULL, \`divisionId\` int NULL, \`status\` varchar(10) NOT NULL DEFAULT 'ACTIVE', \`mergedIntoId\` int NULL, \`version\` int NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updatedAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_0d1e9990415a51a5c459dc0bb3\` (\`lastName\`), INDEX \`IDX_eff09bb429f175523787f46003\` (\`email\`), INDEX \`IDX_f9f62556c7092913f2a0697505\` (\`phone\`), INDEX \`IDX_009857750f15b3e5e29dc97156\` (\`relationId\`), INDEX \`IDX_68cfe567915dcb767204eba589\` (\`ownerId\`), INDEX \`IDX_7a165f06ec5628a44c97a95f5b\` (\`divisionId\`), INDEX \`IDX_812d7f204b05c4b45db02dcba1\` (\`status\`), INDEX \`IDX_20e0c5a5705d3fdd69a562336f\` (\`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`deal\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(255) NOT NULL, \`pipelineId\` int NOT NULL, \`stage\` varchar(100) NOT NULL, \`status\` varchar(10) NOT NULL DEFAULT 'OPEN', \`managerId\` int NULL, \`relationId\` int NOT NULL, \`contactId\` int NULL, \`divisionId\` int NULL, \`version\` int NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updatedAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_dd3066e39b28ccc2673b417228\` (\`pipelineId\`), INDEX \`IDX_f5bc7186697d47424123df8e79\` (\`status\`), INDEX \`IDX_3470f003d7050afc910aaf4228\` (\`managerId\`), INDEX \`IDX_b5bd9adf1ea48dd98d27ae79ba\` (\`relationId\`), INDEX \`IDX_e729b4c01db23bb0ef90c946db\` (\`contactId\`), INDEX \`IDX_f3a22334de31c23ca1ecd18d4f\` (\`divisionId\`), INDEX \`IDX_a9c63b6b87ace9893d5f1fb1a2\` (\`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`division\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX \`IDX_296566b07c0653123c292aa2f8\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`lead\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(10) NOT NULL, \`status\` varchar(12) NOT NULL DEFAULT 'NEW', \`source\` varchar(10) NOT NULL, \`externalId\` varchar(100) NULL, \`firstName\` varchar(100) NULL, \`lastName\` varchar(100) NULL, \`email\` varchar(254) NULL, \`phone\` varchar(50) NULL, \`companyName\` varchar(255) NULL, \`registrationNumber\` varchar(50) NULL, \`country\` varchar(2) NULL, \`street\` varchar(255) NULL, \`postalCode\` varchar(20) NULL, \`city\` varchar(100) NULL, \`website\` varchar(255) NULL, \`birthDate\` varchar(10) NULL, \`message\` mediumtext NULL, \`ownerId\` int NULL, \`divisionId\` int NULL, \`createdById\` int NULL, \`rejectionReason\` varchar(500) NULL, \`convertedRelationId\` int NULL, \`convertedContactId\` int NULL, \`convertedDealId\` int NULL, \`convertedAt\` datetime(3) NULL, \`mergedIntoId\` int NULL, \`version\` int NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updatedAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_f364f43382d253be5f45745cd8\` (\`kind\`), INDEX \`IDX_b45c57117fc8bbf5829bb917a7\` (\`status\`), INDEX \`IDX_50b953141ee5352fcf85a782ba\` (\`source\`), INDEX \`IDX_ee3bbeee4bf04f41648573ab3d\` (\`lastName\`), INDEX \`IDX_82927bc307d97fe09c616cd3f5\` (\`email\`), INDEX \`IDX_dc3c65c297bc24457653569e13\` (\`phone\`), INDEX \`IDX_82c8adad840a05a343572cacaf\` (\`companyName\`), INDEX \`IDX_b80f52185b2ff58bd6c768f043\` (\`registrationNumber\`), INDEX \`IDX_2452039ee88bc3a15c19ce7b6d\` (\`ownerId\`), INDEX \`IDX_18fa55da5a157d9add99acb3d5\` (\`divisionId\`), INDEX \`IDX_85ffef84b3514009bea7656f08\` (\`createdAt\`), INDEX \`IDX_7187aab5c1d8add58c3ff24989\` (\`divisionId\`, \`status\`), UNIQUE INDEX \`UQ_lead_source_external_id\` (\`source\`, \`externalId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`number_series\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`prefix\` varchar(20) NOT NULL DEFAULT '', \`nextNumber\` int NOT NULL DEFAULT '1', \`isDefault\` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX \`IDX_ec57060891934e460fa5768fdc\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`pipeline\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`stages\` text NOT NULL, \`isDefault\` tinyint NOT NULL DEFAULT 0, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX \`IDX_e3a3ebd1170793f3082f83f9ef\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`relation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(10) NOT NULL, \`name\` varchar(255) NOT NULL, \`registrationNumber\` varchar(50) NULL, \`country\` varchar(2) NULL, \`customerNumber\` varchar(50) NULL, \`email\` varchar(254) NULL, \`phone\` varchar(50) NULL, \`website\` varchar(255) NULL, \`street\` varchar(255) NULL, \`postalCode\` varchar(20) NULL, \`city\` varchar(100) NULL, \`ownerId\` int NULL, \`divisionId\` int NULL, \`status\` varchar(10) NOT NULL DEFAULT 'ACTIVE', \`mergedIntoId\` int NULL, \`version\` int NOT NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updatedAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_87192d198e6559f5a6442ad2e1\` (\`kind\`), INDEX \`IDX_12c57054d7c62aa057c8ea6b67\` (\`name\`), INDEX \`IDX_3367ba1e5768e98fb3dc089417\` (\`registrationNumber\`), INDEX \`IDX_67577f039a55a605e65aa288e1\` (\`country\`), INDEX \`IDX_2a43f1f2c5dd18dc60090e9aab\` (\`email\`), INDEX \`IDX_bb3df7a0b89843ec9d5278ac51\` (\`phone\`), INDEX \`IDX_7ad2adf880fd253c3a88363507\` (\`city\`), INDEX \`IDX_654588d89f55ff3f515b95db71\` (\`ownerId\`), INDEX \`IDX_2ec1cb4d8439600e6b75d96521\` (\`divisionId\`), INDEX \`IDX_e53e7e112e9d1f9f35cfa5d2d0\` (\`status\`), INDEX \`IDX_ec8671a7c683a8cbbaad80421f\` (\`createdAt\`), UNIQUE INDEX \`IDX_2b9503de938408223d7abd9b01\` (\`customerNumber\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`tag\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, UNIQUE INDEX \`IDX_6a9775008add570dc3e5a0bab7\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`tagging\` (\`entityType\` varchar(10) NOT NULL, \`recordId\` int NOT NULL, \`tagId\` int NOT NULL, INDEX \`IDX_b43bbf564eead90559d2b506c4\` (\`entityType\`, \`recordId\`), PRIMARY KEY (\`entityType\`, \`recordId\`, \`tagId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`user\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(200) NOT NULL, \`email\` varchar(254) NOT NULL, \`role\` varchar(10) NOT NULL, \`divisionId\` int NULL, \`createdAt\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_7f8fa333e18a8739f7439c9aeb\` (\`divisionId\`), UNIQUE INDEX \`IDX_e12875dfb3b1d92d7d7c5377e2\` (\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_e12875dfb3b1d92d7d7c5377e2\` ON \`user\``);
    await queryRunner.query(`DROP INDEX \`IDX_7f8fa333e18a8739f7439c9aeb\` ON \`user\``);
    await queryRunner.query(`DROP TABLE \`user\``);
    await queryRunner.query(`DROP INDEX \`IDX_b43bbf564eead90559d2b506c4\` ON \`tagging\``);
    await queryRunner.query(`DROP TABLE \`tagging\``);
    await queryRunner.query(`DROP INDEX \`IDX_6a9775008add570dc3e5a0bab7\` ON \`tag\``);
    await queryRunner.query(`DROP TABLE \`tag\``);
    await queryRunner.query(`DROP INDEX \`IDX_2b9503de938408223d7abd9b01\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_ec8671a7c683a8cbbaad80421f\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_e53e7e112e9d1f9f35cfa5d2d0\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_2ec1cb4d8439600e6b75d96521\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_654588d89f55ff3f515b95db71\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_7ad2adf880fd253c3a88363507\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_bb3df7a0b89843ec9d5278ac51\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_2a43f1f2c5dd18dc60090e9aab\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_67577f039a55a605e65aa288e1\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_3367ba1e5768e98fb3dc089417\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_12c57054d7c62aa057c8ea6b67\` ON \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_87192d198e6559f5a6442ad2e1\` ON \`relation\``);
    await queryRunner.query(`DROP TABLE \`relation\``);
    await queryRunner.query(`DROP INDEX \`IDX_e3a3ebd1170793f3082f83f9ef\` ON \`pipeline\``);
    await queryRunner.query(`DROP TABLE \`pipeline\``);
    await queryRunner.query(`DROP INDEX \`IDX_ec57060891934e460fa5768fdc\` ON \`number_series\``);
    await queryRunner.query(`DROP TABLE \`number_series\``);
    await queryRunner.query(`DROP INDEX \`UQ_lead_source_external_id\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_7187aab5c1d8add58c3ff24989\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_85ffef84b3514009bea7656f08\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_18fa55da5a157d9add99acb3d5\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_2452039ee88bc3a15c19ce7b6d\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_b80f52185b2ff58bd6c768f043\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_82c8adad840a05a343572cacaf\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_dc3c65c297bc24457653569e13\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_82927bc307d97fe09c616cd3f5\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_ee3bbeee4bf04f41648573ab3d\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_50b953141ee5352fcf85a782ba\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_b45c57117fc8bbf5829bb917a7\` ON \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_f364f43382d253be5f45745cd8\` ON \`lead\``);
    await queryRunner.query(`DROP TABLE \`lead\``);
    await queryRunner.query(`DROP INDEX \`IDX_296566b07c0653123c292aa2f8\` ON \`division\``);
    await queryRunner.query(`DROP TABLE \`division\``);
    await queryRunner.query(`DROP INDEX \`IDX_a9c63b6b87ace9893d5f1fb1a2\` ON \`deal\``);
    await queryRunner.query(`DROP INDEX \`IDX_f3a22334de31c23ca1ecd18d4f\` ON \`deal\``);
    await queryRunner.query(`DROP INDEX \`IDX_e729b4c01db23bb0ef90c946db\` ON \`deal\``);
    await queryRunner.query(`DROP INDEX \`IDX_b5bd9adf1ea48dd98d27ae79ba\` ON \`deal\``);
    await queryRunner.query(`DROP INDEX \`IDX_3470f003d7050afc910aaf4228\` ON \`deal\``);
    await queryRunner.query(`DROP INDEX \`IDX_f5bc7186697d47424123df8e79\` ON \`deal\``);
    await queryRunner.query(`DROP INDEX \`IDX_dd3066e39b28ccc2673b417228\` ON \`deal\``);
    await queryRunner.query(`DROP TABLE \`deal\``);
    await queryRunner.query(`DROP INDEX \`IDX_20e0c5a5705d3fdd69a562336f\` ON \`contact\``);
    await queryRunner.query(`DROP INDEX \`IDX_812d7f204b05c4b45db02dcba1\` ON \`contact\``);
    await queryRunner.query(`DROP INDEX \`IDX_7a165f06ec5628a44c97a95f5b\` ON \`contact\``);
    await queryRunner.query(`DROP INDEX \`IDX_68cfe567915dcb767204eba589\` ON \`contact\``);
    await queryRunner.query(`DROP INDEX \`IDX_009857750f15b3e5e29dc97156\` ON \`contact\``);
    await queryRunner.query(`DROP INDEX \`IDX_f9f62556c7092913f2a0697505\` ON \`contact\``);
    await queryRunner.query(`DROP INDEX \`IDX_eff09bb429f175523787f46003\` ON \`contact\``);
    await queryRunner.query(`DROP INDEX \`IDX_0d1e9990415a51a5c459dc0bb3\` ON \`contact\``);
    await queryRunner.query(`DROP TABLE \`contact\``);
    await queryRunner.query(`DROP INDEX \`IDX_d3bd43fb2799781508a7809b0b\` ON \`attachment\``);
    await queryRunner.query(`DROP INDEX \`IDX_e905fe44bc5cb716cf960ab321\` ON \`attachment\``);
    await queryRunner.query(`DROP INDEX \`IDX_959acedcf708f76ece5fd3a10a\` ON \`attachment\``);
    await queryRunner.query(`DROP INDEX \`IDX_d5fb96e806732eb59895a81626\` ON \`attachment\``);
    await queryRunner.query(`DROP TABLE \`attachment\``);
    await queryRunner.query(`DROP INDEX \`IDX_b8d5076cd3f3572829943b3f8a\` ON \`api_token\``);
    await queryRunner.query(`DROP INDEX \`IDX_cbfc4e2b85b78207afb0b2d7fb\` ON \`api_token\``);
    await queryRunner.query(`DROP TABLE \`api_token\``);
    await queryRunner.query(`DROP INDEX \`IDX_caa645b86d8db66739106100a2\` ON \`activity\``);
    await queryRunner.query(`DROP INDEX \`IDX_613c97d473927d510d8be5e92c\` ON \`activity\``);
    await queryRunner.query(`DROP INDEX \`IDX_01d2b0c84e21d848d71ef579ed\` ON \`activity\``);
    await queryRunner.query(`DROP INDEX \`IDX_ad1bfc999b03aaaa565b698c64\` ON \`activity\``);
    await queryRunner.query(`DROP INDEX \`IDX_427d09482a12846ff768450c18\` ON \`activity\``);
    await queryRunner.query(`DROP INDEX \`IDX_2e32cff695a62ac42865ea087e\` ON \`activity\``);
    await queryRunner.query(`DROP INDEX \`IDX_a271cdfcdbe95e9c71d76fd9f3\` ON \`activity\``);
    await queryRunner.query(`DROP TABLE \`activity\``);
  }
}
