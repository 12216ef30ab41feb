import { In, type DataSource } from 'typeorm';
import { transaction } from '../../src/db/transaction';
import type { UnitOfWork } from '../../src/db/unit-of-work';
import { Lead, Relation, Tagging, type User } from '../../src/entities';
import { LeadKind, LeadSource, LeadStatus, UserRole } from '../../src/entities/enums';
import { relationDataFromLead } from '../../src/leads/conversion/lead-record-data';
import { createLeads } from '../../src/leads/lead-intake.service';
import type { LeadData } from '../../src/leads/lead-data';
import { checkLeadCompleteness } from '../../src/leads/lead-rules';
import { MAX_BATCH } from '../../src/records/create-records';
import { cleanInput } from '../../src/fields/field-check';
import { createRelations } from '../../src/relations/relation.service';
import type { RelationData } from '../../src/relations/relation-data';
import { ensureTags } from '../../src/tags/tag.service';
import { refreshTagLists } from '../../src/tags/tag-lists';
import { createUser } from '../../src/users/user.service';
import { generateLeads, type GeneratedLead } from '../generate/lead.generator';
import { stopwatch } from './benchmark';

const DIVISIONS = ['North', 'South', 'East', 'West'];
const SALES_PER_DIVISION = 5;
const TAGS = [
  'hot',
  'cold',
  'fair-2025',
  'newsletter',
  'partner',
  'webinar',
  'referral',
  'enterprise',
  'smb',
  'follow-up',
  'vip',
  'trade-show',
];

/**
 * 'service': every lead through createLeads and every relation through
 * createRelations, as the product writes them (with everything derived on the
 * way: match keys, validation findings …). 'bulk': the same rows written
 * straight into lead, tagging and relation with multi-row INSERTs, nothing
 * derived but the leads' kept tag lists (the page reads them): much faster, and
 * independent of the write path.
 */
export type LoadMethod = 'service' | 'bulk';

export interface LoadedData {
  method: LoadMethod;
  admin: User;
  adminToken: string;
  /** leads stored: `count` */
  leads: number;
  /** generated leads that createLeads rejected (or, in bulk, would have), and that others made up for */
  rejected: number;
  /** why inputs were rejected, by error code */
  rejections: Record<string, number>;
  owned: number;
  tagged: number;
  converted: number;
  /** why converting leads to relations stopped, when it did */
  conversionError: string | null;
  /** milliseconds: users, the leads through createLeads, and the relations the converted leads became */
  leadMs: number;
  relationMs: number;
  totalMs: number;
}

/** A cheap, deterministic choice among the leads: the same numbers for the same index on every run. */
const hash = (i: number, salt: number) => (Math.imul(i ^ salt, 0x9e3779b1) >>> 0) % 1000;

function leadInput(g: GeneratedLead, i: number, divisionIds: number[], salesByDivision: number[][]): LeadData {
  const d = i % divisionIds.length;
  const owned = hash(i, 1) < 600;
  const tagCount = hash(i, 2) < 300 ? 1 + (hash(i, 3) % 3) : 0;
  const tags = Array.from({ length: tagCount }, (_, k) => TAGS[(hash(i, 4 + k) + k) % TAGS.length]);
  return {
    kind: g.kind === 'PRIVATE' ? LeadKind.PRIVATE : LeadKind.BUSINESS,
    source: LeadSource.IMPORT,
    externalId: g.externalId,
    firstName: g.firstName,
    lastName: g.lastName,
    email: g.email,
    phone: g.phone,
    companyName: g.companyName,
    registrationNumber: g.registrationNumber,
    country: g.country,
    street: g.street,
    postalCode: g.postalCode,
    city: g.city,
    website: g.website,
    birthDate: g.birthDate,
    divisionId: divisionIds[d],
    ownerId: owned ? salesByDivision[d][hash(i, 5) % SALES_PER_DIVISION] : null,
    tags,
  };
}

function relationInput(lead: LeadData): RelationData {
  return { ...relationDataFromLead(lead, null), ownerId: lead.ownerId, divisionId: lead.divisionId };
}

/**
 * Fills an empty database the way the product fills it: an ADMIN (whose token
 * the benchmark uses), SALES users in four divisions, then `count` generated
 * leads in batches of 500, one transaction each (through createLeads, or in
 * bulk, see LoadMethod; generated leads the service rejects are made up for).
 * 60 % of the leads get an owner, 30 % one to three tags, and every 20th lead
 * is converted (unless `convert` is false): a relation is made from it and the lead points at it.
 */
export async function loadLeads(
  dataSource: DataSource,
  count: number,
  onProgress?: (stored: number, inputs: number) => void,
  method: LoadMethod = 'service',
  convert = true,
): Promise<LoadedData> {
  const total = stopwatch();
  const { user: admin, token: adminToken } = await transaction(dataSource, ({ manager: m }) =>
    createUser(m, {
      email: 'bench-admin@bench.example',
      name: 'Bench Admin',
      role: UserRole.ADMIN,
      divisionName: 'HQ',
    }),
  );
  const divisionIds: number[] = [];
  const salesByDivision: number[][] = [];
  for (const division of DIVISIONS) {
    const ids: number[] = [];
    for (let n = 1; n <= SALES_PER_DIVISION; n++) {
      const { user } = await transaction(dataSource, ({ manager: m }) =>
        createUser(m, {
          email: `sales-${division.toLowerCase()}-${n}@bench.example`,
          name: `${division} Seller ${n}`,
          role: UserRole.SALES,
          divisionName: division,
        }),
      );
      ids.push(user.id);
      if (n === 1) divisionIds.push(user.divisionId!);
    }
    salesByDivision.push(ids);
  }

  const leadClock = stopwatch();
  const toConvert: { leadId: number; input: LeadData }[] = [];
  const rejections: Record<string, number> = {};
  let leads = 0;
  let rejected = 0;
  let owned = 0;
  let tagged = 0;
  const writeBatch = method === 'bulk' ? bulkWriter(admin) : serviceWriter();
  // generated leads the service rejects (no e-mail and no phone, say) are made up for, so exactly `count` are stored
  const generated = generateLeads({ count: count * 2 + 1000, seed: 1 })[Symbol.iterator]();
  let index = 0;
  while (leads < count) {
    const batch: { index: number; input: LeadData }[] = [];
    const size = Math.min(MAX_BATCH, count - leads);
    for (let next = generated.next(); !next.done; next = generated.next()) {
      batch.push({ index, input: leadInput(next.value, index, divisionIds, salesByDivision) });
      index += 1;
      if (batch.length === size) break;
    }
    if (batch.length === 0) break;
    const results = await transaction(dataSource, admin, (uow) =>
      writeBatch.leads(
        uow,
        batch.map((b) => b.input),
      ),
    );
    results.forEach((result, k) => {
      const { index: i, input } = batch[k];
      if (typeof result !== 'number') {
        rejected += 1;
        for (const code of result) rejections[code] = (rejections[code] ?? 0) + 1;
        return;
      }
      leads += 1;
      if (input.ownerId) owned += 1;
      if (input.tags?.length) tagged += 1;
      if (convert && i % 20 === 10) toConvert.push({ leadId: result, input });
    });
    onProgress?.(leads, leads + rejected);
  }
  const leadMs = leadClock();

  const relationClock = stopwatch();
  let converted = 0;
  let conversionError: string | null = null;
  try {
    for (let start = 0; start < toConvert.length; start += MAX_BATCH) {
      const slice = toConvert.slice(start, start + MAX_BATCH);
      converted += await transaction(dataSource, admin, async (uow) => {
        const m = uow.manager;
        const relationIds = await writeBatch.relations(uow, slice);
        const convertedAt = new Date();
        let n = 0;
        for (let k = 0; k < slice.length; k++) {
          if (relationIds[k] == null) continue;
          await m.update(
            Lead,
            { id: slice[k].leadId },
            { status: LeadStatus.CONVERTED, convertedRelationId: relationIds[k], convertedAt },
          );
          n += 1;
        }
        return n;
      });
    }
  } catch (error) {
    // the leads are what the benchmarks need; a failing conversion (say, an entity ahead of its migration) is reported, not fatal
    conversionError = (error as Error).message;
  }
  const relationMs = relationClock();
  return {
    method,
    admin,
    adminToken,
    leads,
    rejected,
    rejections,
    owned,
    tagged,
    converted,
    conversionError,
    leadMs,
    relationMs,
    totalMs: total(),
  };
}

interface BatchWriter {
  /** per input: the new lead's id, or the codes of the errors that rejected it */
  leads(uow: UnitOfWork<User>, inputs: LeadData[]): Promise<(number | string[])[]>;
  /** per lead: the id of the relation made from it, or null */
  relations(uow: UnitOfWork<User>, leads: { leadId: number; input: LeadData }[]): Promise<(number | null)[]>;
}

function serviceWriter(): BatchWriter {
  return {
    async leads(uow, inputs) {
      const items = await createLeads(uow, inputs, LeadSource.IMPORT);
      return items.map((item) => item.record?.id ?? item.errors.map((e) => e.code));
    },
    async relations(uow, leads) {
      const items = await createRelations(
        uow,
        leads.map((l) => relationInput(l.input)),
      );
      return items.map((item) => item.record?.id ?? null);
    },
  };
}

const LEAD_COLUMNS = [
  'kind',
  'status',
  'source',
  'externalId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'registrationNumber',
  'country',
  'street',
  'postalCode',
  'city',
  'website',
  'birthDate',
  'ownerId',
  'divisionId',
  'createdById',
  'version',
  'createdAt',
  'updatedAt',
];
const RELATION_COLUMNS = [
  'kind',
  'name',
  'registrationNumber',
  'country',
  'customerNumber',
  'email',
  'phone',
  'website',
  'street',
  'postalCode',
  'city',
  'ownerId',
  'divisionId',
  'version',
  'createdAt',
  'updatedAt',
];

/** Multi-row INSERTs of just the columns named, so the rows need nothing from the write path (nor columns a migration lacks); then the leads' tag lists. */
function bulkWriter(admin: User): BatchWriter {
  let tagIds: Map<string, number> | null = null;
  return {
    async leads({ manager }, rawInputs) {
      const inputs = rawInputs.map((input) => cleanInput(input));
      const results: (number | string[])[] = inputs.map((input) =>
        checkLeadCompleteness({ ...input, kind: input.kind! }).map((e) => e.code),
      );
      const accepted = inputs.filter((_, k) => (results[k] as string[]).length === 0);
      if (accepted.length === 0) return results;
      const now = new Date();
      const rows = accepted.map(({ tags: _tags, ...input }) => ({
        ...input,
        status: input.ownerId ? LeadStatus.IN_PROGRESS : LeadStatus.NEW,
        createdById: admin.id,
        version: 1,
        createdAt: now,
        updatedAt: now,
      }));
      await manager
        .createQueryBuilder()
        .insert()
        .into(Lead, LEAD_COLUMNS)
        .values(rows as unknown as Partial<Lead>[])
        .updateEntity(false)
        .execute();
      const stored = await manager.find(Lead, {
        select: { id: true, externalId: true },
        where: { source: LeadSource.IMPORT, externalId: In(accepted.map((i) => i.externalId!)) },
      });
      const idOf = new Map(stored.map((lead) => [lead.externalId!, lead.id]));
      tagIds ??= new Map((await ensureTags(manager, TAGS)).map((tag) => [tag.name, tag.id]));
      const taggings = accepted.flatMap((input) =>
        [...new Set(input.tags ?? [])].map((name) => ({
          entityType: 'LEAD' as const,
          recordId: idOf.get(input.externalId!)!,
          tagId: tagIds!.get(name)!,
        })),
      );
      if (taggings.length > 0)
        await manager.createQueryBuilder().insert().into(Tagging).values(taggings).updateEntity(false).execute();
      await refreshTagLists(manager, 'LEAD', [...idOf.values()]);
      return results.map((result, k) => ((result as string[]).length > 0 ? result : idOf.get(inputs[k].externalId!)!));
    },
    async relations({ manager }, leads) {
      // the customer number ties each relation back to its lead
      const now = new Date();
      const rows = leads.map(({ leadId, input }) => ({
        ...relationInput(input),
        customerNumber: `B${leadId}`,
        version: 1,
        createdAt: now,
        updatedAt: now,
      }));
      await manager
        .createQueryBuilder()
        .insert()
        .into(Relation, RELATION_COLUMNS)
        .values(rows as unknown as Partial<Relation>[])
        .updateEntity(false)
        .execute();
      const stored = await manager.find(Relation, {
        select: { id: true, customerNumber: true },
        where: { customerNumber: In(rows.map((r) => r.customerNumber)) },
      });
      const idOf = new Map(stored.map((relation) => [relation.customerNumber!, relation.id]));
      return rows.map((row) => idOf.get(row.customerNumber) ?? null);
    },
  };
}
