import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../db/unit-of-work';
import { Activity, Contact, Deal, Lead, Relation, type User } from '../entities';
import { ActivityType } from '../entities/enums';
import { checkFields, cleanInput } from '../fields/field-check';
import { InputRejected } from '../fields/field-errors';
import { findRecord } from '../records/find-record';
import { assertDivisionAccess } from '../schema/access';
import { badInput, conflict } from '../schema/errors';
import { findColleague } from '../users/user.service';

export interface ActivityData {
  type: ActivityType;
  subject: string;
  body?: string | null;
  dueAt?: Date | null;
  ownerId?: string | null;
  leadId?: string | null;
  relationId?: string | null;
  contactId?: string | null;
  dealId?: string | null;
}

const PARENTS = [
  { field: 'leadId', entity: Lead },
  { field: 'relationId', entity: Relation },
  { field: 'contactId', entity: Contact },
  { field: 'dealId', entity: Deal },
] as const;

type ParentField = (typeof PARENTS)[number]['field'];

/** A new activity on a parent the caller has found (and may see). */
export interface NewActivity {
  type: ActivityType;
  subject: string | null | undefined;
  body?: string | null;
  dueAt?: Date | null;
  doneAt?: Date | null;
  owner: User;
  parent: { field: ParentField; id: number };
}

export async function addActivity(manager: EntityManager, activity: NewActivity): Promise<Activity> {
  if (!activity.subject) throw badInput('An activity needs a subject', 'subject');
  const errors = checkFields(manager, Activity, { subject: activity.subject });
  if (errors.length > 0) throw new InputRejected(errors);
  return manager.save(
    manager.create(Activity, {
      type: activity.type,
      subject: activity.subject,
      body: activity.body ?? null,
      dueAt: activity.dueAt ?? null,
      doneAt: activity.doneAt ?? null,
      ownerId: activity.owner.id,
      [activity.parent.field]: activity.parent.id,
    }),
  );
}

/** Plans or records an activity on exactly one lead, relation, contact or deal. */
export async function createActivity(uow: UnitOfWork<User>, input: ActivityData): Promise<Activity> {
  const { manager, actor } = uow;
  const data = cleanInput(input);
  const named = PARENTS.filter((p) => data[p.field]);
  if (named.length !== 1) {
    throw badInput(
      `Name exactly one of leadId, relationId, contactId or dealId; got ${named.length ? named.map((p) => p.field).join(', ') : 'none'}`,
      'leadId',
    );
  }
  const [{ field, entity }] = named;
  const parent = await findRecord<{ id: number; divisionId: number | null }>(
    manager,
    actor,
    entity,
    data[field]!,
    field,
  );
  const owner = data.ownerId ? await findColleague(manager, data.ownerId, parent.divisionId, 'ownerId') : actor;
  return addActivity(manager, {
    type: data.type,
    subject: data.subject,
    body: data.body,
    dueAt: data.dueAt,
    owner,
    parent: { field, id: parent.id },
  });
}

/** The division of the record an activity is attached to: an activity is visible where its record is. */
export async function activityDivision(manager: EntityManager, activity: Activity): Promise<number | null> {
  const parent = PARENTS.find((p) => activity[p.field] != null);
  if (!parent) return null;
  const record = await manager.findOne(parent.entity as typeof Lead, {
    select: { id: true, divisionId: true },
    where: { id: activity[parent.field]! },
  });
  return record?.divisionId ?? null;
}

export async function completeActivity(uow: UnitOfWork<User>, globalId: string): Promise<Activity> {
  const { manager, actor } = uow;
  const activity = await findRecord(manager, actor, Activity, globalId);
  assertDivisionAccess(actor, await activityDivision(manager, activity), `Activity ${globalId}`);
  if (activity.doneAt) throw conflict(`Activity ${globalId} was completed at ${activity.doneAt.toISOString()}`);
  activity.doneAt = new Date();
  return manager.save(activity);
}
