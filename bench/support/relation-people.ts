import type { DataSource } from 'typeorm';
import { transaction } from '../../src/db/transaction';
import { Relation, type User } from '../../src/entities';
import { createContacts } from '../../src/contacts/contact.service';
import { defaultPipeline, openDeal } from '../../src/deals/deal.service';

const CONTACTS_PER_RELATION = 2;

/**
 * Gives the first `count` relations in the API's default order (by name) two
 * contact persons each, through createContacts, and an open deal with the
 * first of them, so that the bench's page of relations has people and deals to show.
 */
export async function giveRelationsPeople(
  dataSource: DataSource,
  actor: User,
  count: number,
): Promise<{ contacts: number; deals: number }> {
  return transaction(dataSource, actor, async (uow) => {
    const { manager } = uow;
    const relations = await manager.find(Relation, { order: { name: 'ASC', id: 'ASC' }, take: count });
    const items = await createContacts(
      uow,
      relations.flatMap((relation) =>
        Array.from({ length: CONTACTS_PER_RELATION }, (_, k) => ({
          firstName: ['Anna', 'Bo'][k],
          lastName: `Contact ${relation.id}`,
          email: `contact-${k + 1}-${relation.id}@bench.example`,
          relationId: relation.id,
        })),
      ),
    );
    const contacts = items.map((item) => item.record);
    const pipeline = await defaultPipeline(manager);
    let deals = 0;
    for (const [r, relation] of relations.entries()) {
      const contact = contacts[r * CONTACTS_PER_RELATION];
      if (!contact) continue;
      await openDeal(manager, {
        title: `Renewal ${relation.name}`,
        relation,
        contact,
        pipeline,
        value: 1000 + relation.id,
        manager: actor,
        divisionId: relation.divisionId,
      });
      deals += 1;
    }
    return { contacts: contacts.filter(Boolean).length, deals };
  });
}
