import { createRelations } from '../../relations/relation.service';
import type { RelationData } from '../../relations/relation-data';
import type { ImportTarget } from './import-target';

export const relationImport: ImportTarget<RelationData> = {
  ignoredFields: ['externalId', 'message'],
  toInput: (values) => ({ input: values as RelationData, errors: [] }),
  create: createRelations,
};
