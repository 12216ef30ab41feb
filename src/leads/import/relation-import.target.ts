import { createRelations } from '../../relations/relation.service';
import { relationKindOf, type RelationData } from '../../relations/relation-data';
import type { ImportTarget } from './import-target';

export const relationImport: ImportTarget<RelationData> = {
  entityType: 'RELATION',
  typeName: 'Relation',
  ignoredFields: ['externalId', 'message'],
  toInput: (values) => ({ input: values as RelationData, errors: [] }),
  create: createRelations,
  matchFields: async (_manager, inputs) => inputs.map((input) => ({ ...input, kind: relationKindOf(input) })),
};
