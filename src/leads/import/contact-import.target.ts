import { createContacts } from '../../contacts/contact.service';
import { relationCountries } from '../../quality/matching/record-loader';
import type { ContactData } from '../../contacts/contact-data';
import type { BatchItem } from '../../records/batch-result';
import type { ImportTarget } from './import-target';
import { relationLookup, type RelationReference } from './relation-reference';

type ContactRow = ContactData & RelationReference;

/** Contacts are linked to the relation their row names; a row naming none that exists is rejected. */
export const contactImport: ImportTarget<ContactRow> = {
  entityType: 'CONTACT',
  typeName: 'Contact',
  ignoredFields: ['externalId', 'message'],
  toInput: (values) => ({ input: values as ContactRow, errors: [] }),
  async create(uow, rows) {
    const lookup = await relationLookup(uow.manager, rows);
    const linked = rows.map(({ relationName, relationRegistrationNumber, ...contact }) => {
      const { relationId, error } = lookup({ relationName, relationRegistrationNumber });
      return { contact: { ...contact, relationId }, errors: error ? [error] : [] };
    });
    const valid = linked.flatMap((row, index) => (row.errors.length === 0 ? [index] : []));
    const created = await createContacts(
      uow,
      valid.map((index) => linked[index].contact),
    );
    const items: BatchItem<unknown>[] = linked.map((row, index) => ({ index, record: null, errors: row.errors }));
    created.forEach((item, n) => {
      items[valid[n]] = { ...item, index: valid[n] };
    });
    return items;
  },
  /** a contact is matched with its relation, whose country reads its phone number */
  async matchFields(manager, rows) {
    const lookup = await relationLookup(manager, rows);
    const relationIds = rows.map((row) => lookup(row).relationId);
    const countryOf = await relationCountries(manager, relationIds);
    return rows.map(({ relationName, relationRegistrationNumber, ...contact }, n) => ({
      ...contact,
      relationId: relationIds[n] === undefined ? null : String(relationIds[n]),
      country: countryOf(relationIds[n]),
    }));
  },
};
