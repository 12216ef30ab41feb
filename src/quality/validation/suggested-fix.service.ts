import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { updateContact } from '../../contacts/contact.service';
import { transaction } from '../../db/transaction';
import { Finding, ValidationEntry, type User } from '../../entities';
import { updateLead } from '../../leads/lead-lifecycle.service';
import { updateRelation } from '../../relations/relation.service';
import { badInput } from '../../schema/errors';
import { idOf, toGlobalId } from '../../schema/global-id';
import type { EntityType } from '../record-fields';
import { loadCurrentFinding } from './current-finding';
import { narrowsByEntry, whereCreatedAndText, whereOwnership, whereRules, type ReportFilter } from './report-filter';
import { ruleByCode } from './rule-registry';
import type { ReportRow } from './validation-report-query';
import { isFixableField, type ValidatedRecord } from './validated-records';

/** Findings fixed per transaction by applySuggestedFixes. */
export const FIX_BATCH = 200;

type Update = (
  uow: UnitOfWork<User>,
  globalId: string,
  expectedVersion: number,
  changes: Record<string, string>,
) => Promise<unknown>;

const UPDATES: Readonly<Record<EntityType, { typeName: string; update: Update }>> = {
  RELATION: { typeName: 'Relation', update: updateRelation },
  CONTACT: { typeName: 'Contact', update: updateContact },
  LEAD: { typeName: 'Lead', update: updateLead },
};

/** Writes the suggested value through the record's own update service, at the version just read: versions, match keys and findings follow. */
async function fix(uow: UnitOfWork<User>, finding: Finding, record: ValidatedRecord): Promise<void> {
  const findingId = toGlobalId('Finding', finding.id);
  if (finding.suggestedValue === null)
    throw badInput(
      `Finding ${findingId} (${finding.code}) has no suggested value; edit the record instead`,
      'findingId',
    );
  if (!isFixableField(record.entityType, finding.field)) {
    throw badInput(
      `The ${finding.field} of finding ${findingId} is not the record's own field; fix it where it comes from`,
      'findingId',
    );
  }
  const { typeName, update } = UPDATES[record.entityType];
  await update(uow, toGlobalId(typeName, record.id), record.version, {
    [finding.field]: finding.suggestedValue,
  });
}

/** Applies one finding's suggested value; answers the record's report row. */
export async function applySuggestedFix(uow: UnitOfWork<User>, findingGlobalId: string): Promise<ReportRow> {
  const { finding, record } = await loadCurrentFinding(uow.manager, idOf('Finding', findingGlobalId, 'findingId'));
  await fix(uow, finding, record);
  return { entityType: record.entityType, recordId: record.id };
}

/** The next open, fixable findings of the rule under the filter, by id. */
function nextFindings(manager: EntityManager, code: string, f: ReportFilter, afterId: number): Promise<Finding[]> {
  const query = manager
    .createQueryBuilder(Finding, 'f')
    .where('f.code = :code AND f.ignoredAt IS NULL AND f.suggestedValue IS NOT NULL AND f.id > :afterId', {
      code,
      afterId,
    });
  whereOwnership(query, 'f', f);
  whereRules(query, 'f', f);
  if (narrowsByEntry(f)) {
    query.innerJoin(ValidationEntry, 'entry', 'entry.id = f.recordKey');
    whereCreatedAndText(query, 'entry', f);
  }
  return query.orderBy('f.id').limit(FIX_BATCH).getMany();
}

/**
 * NOT_FOUND (the finding went meanwhile), CONFLICT (its value changed) and
 * BAD_USER_INPUT (the update service refused the value) are all raised before
 * anything is written, so the batch can go on.
 */
function isRefusal(error: unknown): boolean {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return code === 'NOT_FOUND' || code === 'CONFLICT' || code === 'BAD_USER_INPUT';
}

/**
 * Applies the suggested values of every open finding of a rule under the
 * filter, FIX_BATCH findings per transaction. Findings gone or changed
 * meanwhile, and fixes the record refuses, are skipped. Answers how many
 * records changed.
 */
export async function applySuggestedFixes(
  dataSource: DataSource,
  actor: User,
  ruleCode: string,
  f: ReportFilter,
): Promise<{ changed: number; skipped: number }> {
  if (!ruleByCode(ruleCode))
    throw badInput(`No validation rule has the code '${ruleCode}'; validationRules lists them`, 'ruleCode');
  const changed = new Set<number>();
  let skipped = 0;
  let afterId = 0;
  for (;;) {
    const findings = await transaction(dataSource, actor, async (uow) => {
      const { manager } = uow;
      const batch = await nextFindings(manager, ruleCode, f, afterId);
      for (const next of batch) {
        try {
          const { finding, record } = await loadCurrentFinding(manager, next.id);
          await fix(uow, finding, record);
          changed.add(finding.recordKey);
        } catch (error) {
          if (!isRefusal(error)) throw error;
          skipped += 1;
        }
      }
      return batch;
    });
    if (findings.length < FIX_BATCH) return { changed: changed.size, skipped };
    afterId = findings[findings.length - 1].id;
  }
}
