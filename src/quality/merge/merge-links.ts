import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { Activity, AlternateValue, Attachment, Contact, Deal, Lead, Relation, SiteLead } from '../../entities';
import type { EntityType } from '../record-fields';

/** A column that points at records of the merged type: a merge moves its rows to the survivor. */
export interface Link {
  entity: EntityTarget<ObjectLiteral>;
  column: string;
  /** the table holds rows of every record type, told apart by entityType */
  typed?: boolean;
}

const alternateValues: Link = { entity: AlternateValue, column: 'recordId', typed: true };

/** Everything that points at a relation, contact or lead, except tags (a union, see merge-steps.ts) and what is derived from the records. */
export const LINKS: Readonly<Record<EntityType, readonly Link[]>> = {
  RELATION: [
    { entity: Contact, column: 'relationId' },
    { entity: Deal, column: 'relationId' },
    { entity: Activity, column: 'relationId' },
    { entity: Attachment, column: 'relationId' },
    { entity: Lead, column: 'convertedRelationId' },
    { entity: Relation, column: 'mergedIntoId' },
    alternateValues,
  ],
  CONTACT: [
    { entity: Deal, column: 'contactId' },
    { entity: Activity, column: 'contactId' },
    { entity: Attachment, column: 'contactId' },
    { entity: Lead, column: 'convertedContactId' },
    { entity: Contact, column: 'mergedIntoId' },
    alternateValues,
  ],
  LEAD: [
    { entity: Activity, column: 'leadId' },
    { entity: Attachment, column: 'leadId' },
    { entity: SiteLead, column: 'leadId' },
    { entity: Lead, column: 'mergedIntoId' },
    alternateValues,
  ],
};
