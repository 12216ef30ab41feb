import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { isDuplicateKey, RunAgain } from '../../db/transaction';
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

/**
 * The shared private-customers relation, created on first use in the division of the lead that needs it. Two
 * conversions creating it at once on MySQL collide on its customer number: the loser runs again (RunAgain) and,
 * in a new transaction, finds the relation the other created.
 */
export async function privateCustomers(
  uow: UnitOfWork<User>,
  customerNumber: string,
  divisionId: number | null,
): Promise<Relation> {
  const existing = await findPrivateCustomers(uow.manager, customerNumber);
  if (existing) return existing;
  try {
    return await createRelation(uow, {
      kind: RelationKind.PRIVATE,
      name: PRIVATE_CUSTOMERS_NAME,
      customerNumber,
      divisionId,
    });
  } catch (error) {
    throw isDuplicateKey(error)
      ? new RunAgain(`The ${PRIVATE_CUSTOMERS_NAME} relation was created meanwhile`, { cause: error })
      : error;
  }
}
