import type { EntityManager } from 'typeorm';
import { Activity, Attachment, type Contact, type Lead, type Relation } from '../../entities';
import type { EntityType } from '../../entities/enums';
import type { NewActivity } from '../../activities/activity.service';
import { copyTags } from '../../tags/tag.service';

/** The record a converted lead's history lives on: its contact person, else its relation. */
export interface ConversionHome {
  parent: NewActivity['parent'];
  taggedType: EntityType;
}

export function conversionHome(relation: Relation, contact: Contact | null): ConversionHome {
  return contact
    ? { parent: { field: 'contactId', id: contact.id }, taggedType: 'CONTACT' }
    : { parent: { field: 'relationId', id: relation.id }, taggedType: 'RELATION' };
}

/**
 * Everything linked to the lead moves with it (the Norwegian module, RAYNET):
 * its activities and attachments are re-parented in bulk, and its tags are
 * copied so the new record is found by the same campaigns (ChannelCRM).
 */
export async function moveLeadRecords(manager: EntityManager, lead: Lead, home: ConversionHome): Promise<void> {
  for (const entity of [Activity, Attachment]) {
    await manager
      .createQueryBuilder()
      .update(entity)
      .set({ leadId: null, [home.parent.field]: home.parent.id })
      .where('leadId = :leadId', { leadId: lead.id })
      .execute();
  }
  await copyTags(
    manager,
    { entityType: 'LEAD', recordId: lead.id },
    { entityType: home.taggedType, recordId: home.parent.id },
  );
}
