#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { printSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { transaction } from './db/transaction';
import { serve } from './main';
import { buildSchema } from './schema/build-schema';
import { seedDemoData } from './seed/seed.service';
import { createUser } from './users/user.service';

/** Opens the database of DATABASE_URL, runs work, and closes it again. */
async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await openDatabase(loadConfig().databaseUrl);
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

const program = new Command('crm').description('CRM lead and data-quality back end').showHelpAfterError();

program.command('serve').description('run the GraphQL server (PORT, DATABASE_URL, REDIS_URL)').action(serve);

program
  .command('migrate')
  .description('create or bring the database schema up to date')
  .action(() => withDatabase(async (ds) => console.log(`Database schema is up to date (${ds.options.type}).`)));

program
  .command('seed')
  .description('demo divisions, users, relations, contacts, deals and leads, enough to try every query')
  .action(() =>
    withDatabase(async (ds) => {
      const tokens = await transaction(ds, (m) => seedDemoData(m));
      console.log('Demo data created. API tokens (shown once):');
      for (const { email, role, token } of tokens) console.log(`  ${role.padEnd(7)} ${email.padEnd(28)} ${token}`);
    }),
  );

const user = program.command('user').description('manage users');
user
  .command('create')
  .description('create a user and print a new API token on the last line')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--role <role>', 'ADMIN, STEWARD or SALES')
  .option('--division <name>', 'the division (created when new)')
  .action((options: { email: string; name: string; role: string; division?: string }) =>
    withDatabase(async (ds) => {
      const { user: created, token } = await transaction(ds, (m) =>
        createUser(m, { email: options.email, name: options.name, role: options.role, divisionName: options.division }),
      );
      console.log(`Created ${created.role} ${created.name} <${created.email}>. API token (shown once):`);
      console.log(token);
    }),
  );

program
  .command('schema')
  .description('write the GraphQL SDL to schema.graphql')
  .action(async () => {
    fs.writeFileSync(SCHEMA_FILE, printSchema(await buildSchema()) + '\n');
    console.log(`Wrote ${SCHEMA_FILE}`);
  });

if (require.main === module) {
  program.parseAsync().catch((error: unknown) => {
    console.error(`crm: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
