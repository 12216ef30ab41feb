import { In, Not, type EntityManager } from 'typeorm';
import type { RowImage } from '../../db/raw-rows';
import { Relation } from '../../entities';
import { checkLeadCompleteness } from '../../leads/lead-rules';
import { checkFields } from '../../fields/field-check';
import { fieldError, type FieldError } from '../../fields/field-errors';
import { ENTITY_OF_TYPE } from '../matching/record-loader';
import type { EntityType } from '../record-fields';

const PREFIX = 'fieldValues.';

async function checkRelation(manager: EntityManager, relation: RowImage, recordIds: number[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (!relation.name) errors.push(fieldError(`${PREFIX}name`, 'REQUIRED', 'A relation needs a name'));
  const customerNumber = relation.customerNumber as string | null;
  if (customerNumber && (await manager.existsBy(Relation, { customerNumber, id: Not(In(recordIds)) }))) {
    errors.push(
      fieldError(
        `${PREFIX}customerNumber`,
        'DUPLICATE',
        `Customer number ${customerNumber} is taken by a relation outside the merge`,
      ),
    );
  }
  return errors;
}

/**
 * What the survivor must satisfy once its fields are chosen, as any write of such
 * a record must: given values pass the field checks, and the record stays complete.
 */
export async function checkSurvivor(
  manager: EntityManager,
  entityType: EntityType,
  survivor: RowImage,
  given: RowImage,
  recordIds: number[],
): Promise<FieldError[]> {
  const errors = checkFields(manager, ENTITY_OF_TYPE[entityType], given, PREFIX);
  if (entityType === 'RELATION') errors.push(...(await checkRelation(manager, survivor, recordIds)));
  if (entityType === 'LEAD') {
    const lead = survivor as unknown as Parameters<typeof checkLeadCompleteness>[0];
    errors.push(...checkLeadCompleteness(lead).map((e) => fieldError(PREFIX + e.field, e.code, e.message)));
  }
  return errors;
}
