import type { EntityManager } from 'typeorm';
import { Activity, Contact, Deal, Lead, Relation, type User } from '../entities';
import { ActivityType } from '../entities/enums';
import { checkFields, cleanInput } from '../records/field-check';
import { InputRejected } from '../records/field-errors';
import { findRecord } from '../records/find-record';
import { badInput, conflict } from '../schema/errors';
import { findUser } from '../users/user.service';

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

/** Plans or records an activity on exactly one lead, relation, contact or deal. */
export async function createActivity(manager: EntityManager, actor: User, input: ActivityData): Promise<Activity> {
  const data = cleanInput(input);
  const named = PARENTS.filter((p) => data[p.field]);
  if (named.length !== 1) {
    throw badInput(`Name exactly one of leadId, relationId, contactId or dealId; got ${named.length ? named.map((p) => p.field).join(', ') : 'none'}`, 'leadId');
  }
  const [{ field, entity }] = named;
  const parent = await findRecord<{ id: number; divisionId: number | null }>(manager, actor, entity, data[field]!, field);
  if (!data.subject) throw badInput('An activity needs a subject', 'subject');
  const errors = checkFields(manager, Activity, { subject: data.subject });
  if (errors.length > 0) throw new InputRejected(errors);
  const owner = data.ownerId ? await findUser(manager, data.ownerId, 'ownerId') : actor;
  return manager.save(
    manager.create(Activity, {
      type: data.type,
      subject: data.subject,
      body: data.body ?? null,
      dueAt: data.dueAt ?? null,
      ownerId: owner.id,
      [field]: parent.id,
    }),
  );
}

export async function completeActivity(manager: EntityManager, actor: User, globalId: string): Promise<Activity> {
  const activity = await findRecord(manager, actor, Activity, globalId);
  if (activity.doneAt) throw conflict(`Activity ${globalId} was completed at ${activity.doneAt.toISOString()}`);
  activity.doneAt = new Date();
  return manager.save(activity);
}
