import type { UnitOfWork } from '../../db/unit-of-work';
import { Finding, type User } from '../../entities';
import { badInput, notFound } from '../../schema/errors';
import { idOf } from '../../schema/global-id';
import { loadCurrentFinding } from './current-finding';
import { refreshFindings } from './refresh-findings';

const MAX_REASON = 500;

/** Marks a finding a false alarm: it leaves the report and the open counts until its value changes. */
export async function ignoreFinding(uow: UnitOfWork<User>, globalId: string, reason: string): Promise<Finding> {
  const { manager, actor } = uow;
  const why = reason.trim();
  if (!why) throw badInput('Say why the finding is a false alarm', 'reason');
  if (why.length > MAX_REASON) throw badInput(`The reason is longer than ${MAX_REASON} characters`, 'reason');
  const { finding, record } = await loadCurrentFinding(manager, idOf('Finding', globalId, 'findingId'));
  await refreshFindings(manager, record.entityType, [record.id], {
    findingId: finding.id,
    at: new Date(),
    byId: actor.id,
    reason: why,
  });
  const ignored = await manager.findOneBy(Finding, { id: finding.id });
  // the rule no longer fires (it changed since the last scan): nothing is left to ignore
  if (!ignored) throw notFound('Finding', globalId);
  return ignored;
}
