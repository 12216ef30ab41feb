import type { EntityManager } from 'typeorm';
import { Relation, type Lead, type User } from '../../entities';
import { LeadKind, RelationKind } from '../../entities/enums';
import { createRelation } from '../../relations/relation.service';
import type { ConversionSettings } from './conversion-settings';

const PRIVATE_CUSTOMERS_NAME = 'Private customers';

/** The customer number of the shared relation this lead joins: set for a private person when private customers share one. */
export function sharedPrivateNumber(lead: Lead, settings: ConversionSettings): string | null {
  return lead.kind === LeadKind.PRIVATE ? settings.privateCustomersNumber : null;
}

export function findPrivateCustomers(manager: EntityManager, customerNumber: string): Promise<Relation | null> {
  return manager.findOneBy(Relation, { customerNumber });
}

/** The shared private-customers relation, created on first use in the division of the lead that needs it. */
export async function privateCustomers(manager: EntityManager, actor: User, customerNumber: string, divisionId: number | null): Promise<Relation> {
  return (
    (await findPrivateCustomers(manager, customerNumber)) ??
    createRelation(manager, actor, { kind: RelationKind.PRIVATE, name: PRIVATE_CUSTOMERS_NAME, customerNumber, divisionId })
  );
}
