import type { DataSource } from 'typeorm';
import { transaction } from '../db/transaction';
import type { ApiToken } from '../entities';
import { badInput } from '../schema/errors';
import { userByEmail } from '../users/user.service';
import { issueToken, listTokens, revokeToken, type NewApiToken } from './api-token.service';
import { announceRevocation } from '../live/token-revocations';

/** Every token of a user: the list is for a person, who sees them all. */
const LISTED = 10_000;

const when = (date: Date | null, none: string) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : none);

/** `crm token create`: prints the new token alone on its last line. */
export async function runTokenCreate(dataSource: DataSource, email: string, input: NewApiToken): Promise<void> {
  const { user, apiToken, token } = await transaction(dataSource, async ({ manager }) => {
    const owner = await userByEmail(manager, email);
    return { user: owner, ...(await issueToken(manager, owner.id, input)) };
  });
  const expiry = apiToken.expiresAt ? `expires ${when(apiToken.expiresAt, '')} UTC` : 'never expires';
  console.log(`Created API token ${apiToken.id} for ${user.role} ${user.name} <${user.email}>; it ${expiry}.`);
  console.log('API token (shown once):');
  console.log(token);
}

/** `crm token list`: a table of a user's tokens, newest first; never a token or its hash. */
export async function runTokenList(dataSource: DataSource, email: string): Promise<void> {
  const user = await userByEmail(dataSource.manager, email);
  const rows = (await listTokens(dataSource.manager, user.id, LISTED)).map((token: ApiToken) => [
    String(token.id),
    token.name ?? '-',
    when(token.createdAt, '-'),
    when(token.lastUsedAt, 'never'),
    when(token.expiresAt, 'never'),
    when(token.revokedAt, '-'),
  ]);
  const table = [['ID', 'NAME', 'CREATED (UTC)', 'LAST USED', 'EXPIRES', 'REVOKED'], ...rows];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  console.log(`API tokens of ${user.name} <${user.email}>:`);
  for (const row of table)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
}

/** `crm token revoke`: the id is the number `crm token list` shows. */
export async function runTokenRevoke(dataSource: DataSource, id: string): Promise<void> {
  if (!/^\d{1,9}$/.test(id)) throw badInput(`Give the token's ID as crm token list shows it, got '${id}'`, 'id');
  const { apiToken, wasRevoked } = await transaction(dataSource, ({ manager }) => revokeToken(manager, Number(id)));
  await announceRevocation(dataSource);
  console.log(
    wasRevoked
      ? `API token ${apiToken.id} was revoked already, at ${when(apiToken.revokedAt, '')} UTC.`
      : `Revoked API token ${apiToken.id}; servers refuse it now and end its open subscriptions within TOKEN_RECHECK_SECONDS.`,
  );
}
