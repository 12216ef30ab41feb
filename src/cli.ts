#!/usr/bin/env node
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { printSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createNumberSeries } from './catalogue/number-series-admin.service';
import { createPipeline, parseStages } from './catalogue/pipeline-admin.service';
import { loadConfig } from './config';
import { usesMysql } from './db/dialect';
import { openDatabase } from './db/open-database';
import { transaction } from './db/transaction';
import { createLogger } from './logger';
import { importAnnouncing } from './leads/import/announced-import';
import type { ImportCommandOptions } from './leads/import/import.command';
import { IMPORT_ENTITIES } from './leads/import/import-fields';
import { createSite } from './leads/web/site.service';
import { serve } from './main';
import { type DedupeEvalOptions, runDedupeEval } from './quality/duplicates/dedupe-eval.command';
import { DEDUPE_ENTITIES, runDedupeScan, runDedupeTrain, type DedupeEntity } from './quality/duplicates/dedupe.command';
import { runScanCommand } from './quality/validation/validation-scan.command';
import { buildSchema } from './resolvers/build-schema';
import { createMemoryPubSub } from './live/pubsub';
import { seedDemoData } from './seed/seed.service';
import { runTokenCreate, runTokenList, runTokenRevoke } from './tokens/token.command';
import { announceRevocationsThrough, openTokenRevocations } from './live/token-revocations';
import { createUser, divisionNamed } from './users/user.service';

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
      const tokens = await transaction(ds, (uow) => seedDemoData(uow));
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
      const { user: created, token } = await transaction(ds, ({ manager: m }) =>
        createUser(m, { email: options.email, name: options.name, role: options.role, divisionName: options.division }),
      );
      console.log(`Created ${created.role} ${created.name} <${created.email}>. API token (shown once):`);
      console.log(token);
    }),
  );

const token = program.command('token').description("manage users' API tokens");
token
  .command('create')
  .description('a new API token for a user, to replace a lost or leaked one; prints it on the last line')
  .requiredOption('--email <email>', "the user's e-mail address")
  .option('--expires <lifetime>', 'such as 90d, 12h or 30m (default: never)')
  .option('--name <name>', 'what the token is for')
  .action((options: { email: string; expires?: string; name?: string }) =>
    withDatabase((ds) => runTokenCreate(ds, options.email, { name: options.name, expires: options.expires })),
  );
token
  .command('list')
  .description("a user's tokens: ID, name, created, last used, expiry, revoked (never the token)")
  .requiredOption('--email <email>', "the user's e-mail address")
  .action((options: { email: string }) => withDatabase((ds) => runTokenList(ds, options.email)));
token
  .command('revoke')
  .description('revoke a token: refused at once, its open subscriptions end within TOKEN_RECHECK_SECONDS')
  .argument('<id>', 'the ID crm token list shows')
  .action((id: string) =>
    withDatabase(async (ds) => {
      // the running servers' token caches hear of it through Redis (without it, SQLite's see the write itself)
      const revocations = await openTokenRevocations(loadConfig(), createLogger('warn'));
      announceRevocationsThrough(ds, revocations);
      try {
        await runTokenRevoke(ds, id);
      } finally {
        await revocations.close();
      }
    }),
  );

program
  .command('import')
  .description(
    'import leads, relations or contacts from a CSV or XLSX file; reports every rejected row; new leads are announced through REDIS_URL',
  )
  .argument('<file>', '.csv, .tsv, .txt (any delimiter, UTF-8 or Latin-1) or .xlsx')
  .addOption(new Option('--entity <entity>', 'what the rows are').choices(IMPORT_ENTITIES).makeOptionMandatory())
  .option('--map <columns>', '"column=field,…"; without it, common header names are recognised')
  .option('--dry-run', 'check every row and report; write nothing')
  .option('--division <name>', 'the division the records go to; may be left out when the database has only one')
  .option(
    '--skip-duplicates',
    'do not create rows the matching engine finds earlier in the file or already in the database',
  )
  .action((file: string, options: ImportCommandOptions) => withDatabase((ds) => importAnnouncing(ds, file, options)));

const site = program.command('site').description('manage the web sites whose forms post leads');
site
  .command('create')
  .description('register a web site and print its key on the last line')
  .requiredOption('--name <name>')
  .requiredOption('--origin <urls...>', 'origins whose pages post the form, such as https://www.example.dk')
  .option('--division <name>', "the division the site's leads go to (created when new)")
  .action((options: { name: string; origin: string[]; division?: string }) =>
    withDatabase(async (ds) => {
      const { site: created, key } = await transaction(ds, ({ manager: m }) =>
        createSite(m, { name: options.name, origins: options.origin, divisionName: options.division }),
      );
      console.log(`Created site ${created.name} for ${created.allowedOrigins.join(', ')}. Site key (shown once):`);
      console.log(key);
    }),
  );

/** A whole number for an option, else the option's error. */
function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Give a whole number.');
  return Number(value);
}

const series = program.command('series').description('customer-number series');
series
  .command('create')
  .description('a number series converted customers are numbered from: prefix followed by the next number')
  .requiredOption('--name <name>')
  .option('--prefix <prefix>', 'put before every number, such as K- (default none)', '')
  .requiredOption('--next <number>', 'the number the next customer gets', wholeNumber)
  .option('--division <name>', "a division's own series (created when new); default: every division's")
  .option('--default', 'the series conversions take when none is named (of its division, with --division)')
  .action((options: { name: string; prefix: string; next: number; division?: string; default?: boolean }) =>
    withDatabase(async (ds) => {
      const created = await transaction(ds, async ({ manager: m }) =>
        createNumberSeries(m, {
          name: options.name,
          prefix: options.prefix,
          nextNumber: options.next,
          isDefault: options.default ?? false,
          division: options.division ? await divisionNamed(m, options.division.trim()) : null,
        }),
      );
      const scope = options.division ? `division ${options.division.trim()}` : 'every division';
      console.log(
        `Created number series ${created.name} for ${scope}${created.isDefault ? ' (default)' : ''}; next number ${created.prefix}${created.nextNumber}.`,
      );
    }),
  );

const pipeline = program.command('pipeline').description('sales pipelines');
pipeline
  .command('create')
  .description('a sales pipeline with its stages in order')
  .requiredOption('--name <name>')
  .requiredOption('--stages <stages>', 'comma-separated, in order, such as "Lead, Offer, Won"')
  .option('--default', 'the pipeline deals go into when none is named')
  .action((options: { name: string; stages: string; default?: boolean }) =>
    withDatabase(async (ds) => {
      const created = await transaction(ds, ({ manager: m }) =>
        createPipeline(m, { name: options.name, stages: parseStages(options.stages), isDefault: options.default }),
      );
      console.log(
        `Created pipeline ${created.name}${created.isDefault ? ' (default)' : ''}: ${created.stages.join(' → ')}.`,
      );
    }),
  );

const quality = program.command('quality').description('data-quality tools');
quality
  .command('scan')
  .description('recompute every validation finding: after the rules changed, or data was loaded around the API')
  .action(() => withDatabase(runScanCommand));

/**
 * The entities' column types follow DATABASE_URL when they load; a command that works on a scratch SQLite database
 * while DATABASE_URL names MySQL runs again in a process of its own without it.
 */
function runInSqliteProcess(): void {
  const child = spawnSync(process.execPath, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: 'sqlite:scratch' },
  });
  process.exitCode = child.status ?? 1;
}

function matchThreshold(value: string): number {
  const threshold = Number(value);
  if (!(threshold > 0 && threshold < 1))
    throw new InvalidArgumentError('a match probability above 0 and below 1, such as 0.9');
  return threshold;
}

const dedupe = program.command('dedupe').description('duplicate relations, contacts and leads');
dedupe
  .command('scan')
  .description(
    'rebuild the match keys and duplicate clusters: for data loaded around the API, or after a new model; trains a model first when none was stored and there are 1,000 records or more',
  )
  .addOption(new Option('--entity <entity>', 'only these records (default: all)').choices(DEDUPE_ENTITIES))
  .option(
    '--threshold <probability>',
    'match probability from which a pair is a duplicate, stored as the default from now on (0 < p < 1)',
    matchThreshold,
  )
  .option('--no-train', 'do not train a model first, even when none was stored yet')
  .action((options: { entity?: DedupeEntity; threshold?: number; train: boolean }) =>
    withDatabase((ds) => runDedupeScan(ds, options.entity, options)),
  );
dedupe
  .command('eval')
  .description(
    'measure the matching on a labelled file: imports it into a scratch database, scans it, and prints pairwise precision, recall and F1, blocking recall and a threshold sweep',
  )
  .argument('<file>', '.csv, .tsv, .txt or .xlsx, as `crm import` reads it')
  .addOption(new Option('--entity <entity>', 'what the rows are').choices(DEDUPE_ENTITIES).makeOptionMandatory())
  .requiredOption('--truth <column>', 'the column whose equal values mark one real entity')
  .option('--map <columns>', '"column=field,…" as for crm import')
  .option('--threshold <probability>', 'match probability from which a pair is a duplicate', matchThreshold)
  .option('--train', 'train a model (EM) on the file before the scan')
  .action((file: string, options: DedupeEvalOptions) =>
    usesMysql ? runInSqliteProcess() : runDedupeEval(file, options),
  );
dedupe
  .command('train')
  .description('estimate the match model from the stored records (EM) and store it; the latest model scores every pair')
  .addOption(new Option('--entity <entity>', 'only these records (default: all)').choices(DEDUPE_ENTITIES))
  .option('--sample <records>', 'records to train on, drawn at random (default 200000)', (value) =>
    Number.parseInt(value, 10),
  )
  .action((options: { entity?: DedupeEntity; sample?: number }) =>
    withDatabase((ds) => runDedupeTrain(ds, options.entity, options.sample)),
  );

program
  .command('schema')
  .description('write the GraphQL SDL to schema.graphql')
  .action(async () => {
    fs.writeFileSync(SCHEMA_FILE, printSchema(await buildSchema(createMemoryPubSub())) + '\n');
    console.log(`Wrote ${SCHEMA_FILE}`);
  });

if (require.main === module) {
  program.parseAsync().catch((error: unknown) => {
    console.error(`crm: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
