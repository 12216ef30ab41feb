import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../db/unit-of-work';
import { Lead } from '../entities';
import { LeadSource, LeadStatus } from '../entities/enums';
import type { BatchItem } from '../records/batch-result';
import { createRecords, type RecordKind } from '../records/create-records';
import type { Actor } from '../schema/access';
import { fieldError, InputRejected, type FieldError } from '../fields/field-errors';
import type { LeadData } from './lead-data';
import { announceNewLeads } from '../live/lead-events';
import { checkLeadCompleteness, leadKindOf } from './lead-rules';

const externalKey = (source: string, externalId: string) => `${source}\u0000${externalId}`;

/** (source, externalId) pairs among the inputs that already exist, in one query on the (source, externalId) index. */
async function takenExternalIds(
  manager: EntityManager,
  inputs: LeadData[],
  defaultSource: LeadSource,
): Promise<Set<string>> {
  const withIds = inputs.filter((input) => input.externalId);
  if (withIds.length === 0) return new Set();
  const sources = [...new Set(withIds.map((input) => input.source ?? defaultSource))];
  const ids = [...new Set(withIds.map((input) => input.externalId!))];
  const rows = await manager
    .createQueryBuilder(Lead, 'lead')
    .select(['lead.id', 'lead.source', 'lead.externalId'])
    .where('lead.source IN (:...sources) AND lead.externalId IN (:...ids)', { sources, ids })
    .getMany();
  return new Set(rows.map((row) => externalKey(row.source, row.externalId!)));
}

function leadKind(defaultSource: LeadSource): RecordKind<LeadData, Lead> {
  return {
    entity: Lead,
    taggedType: 'LEAD',
    async prepare(manager, inputs) {
      const taken = await takenExternalIds(manager, inputs, defaultSource);
      return (input) => {
        const errors: FieldError[] = checkLeadCompleteness({ ...input, kind: leadKindOf(input) });
        if (input.externalId) {
          const source = input.source ?? defaultSource;
          const key = externalKey(source, input.externalId);
          if (taken.has(key))
            errors.push(
              fieldError(
                'externalId',
                'DUPLICATE',
                `A ${source} lead with externalId '${input.externalId}' exists already`,
              ),
            );
          taken.add(key);
        }
        return errors;
      };
    },
    build: (input, actor) => ({
      ...input,
      kind: leadKindOf(input),
      source: input.source ?? defaultSource,
      status: input.ownerId ? LeadStatus.IN_PROGRESS : LeadStatus.NEW,
      divisionId: input.divisionId ?? actor.divisionId,
      createdById: actor.id,
    }),
  };
}

/**
 * The one way leads come in (GraphQL, web form, spreadsheet): each input is
 * checked, the valid ones saved, one item answered per input in input order.
 * A new lead belongs to its creator's division unless another is given; the
 * subscriptions hear of the new leads once the transaction has committed.
 */
export async function createLeads(
  uow: UnitOfWork<Actor>,
  inputs: LeadData[],
  defaultSource = LeadSource.MANUAL,
): Promise<BatchItem<Lead>[]> {
  const items = await createRecords(uow, leadKind(defaultSource), inputs);
  announceNewLeads(
    uow,
    items.flatMap((item) => (item.record ? [item.record.id] : [])),
  );
  return items;
}

/** One lead; bad input is rejected as a whole. */
export async function createLead(uow: UnitOfWork<Actor>, input: LeadData, defaultSource?: LeadSource): Promise<Lead> {
  const [item] = await createLeads(uow, [input], defaultSource);
  if (!item.record) throw new InputRejected(item.errors);
  return item.record;
}
