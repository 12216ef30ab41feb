import { LeadSource } from '../../entities/enums';
import { fieldError, type FieldError } from '../../fields/field-errors';
import type { LeadData } from '../lead-data';
import { createLeads } from '../lead-intake.service';
import { leadKindOf } from '../lead-rules';
import type { ImportTarget } from './import-target';

function leadSource(text: string): LeadSource | undefined {
  return Object.values(LeadSource).find((source) => source === text.toUpperCase());
}

/** Leads come in with source IMPORT unless a source column names another. */
export const leadImport: ImportTarget<LeadData> = {
  entityType: 'LEAD',
  typeName: 'Lead',
  ignoredFields: [],
  toInput({ source, ...values }) {
    const errors: FieldError[] = [];
    const input = values as LeadData;
    if (typeof source === 'string') {
      input.source = leadSource(source);
      if (!input.source)
        errors.push(
          fieldError(
            'source',
            'SOURCE_INVALID',
            `source '${source}' is not one of ${Object.values(LeadSource).join(', ')}`,
          ),
        );
    }
    return { input, errors };
  },
  create: (uow, inputs) => createLeads(uow, inputs, LeadSource.IMPORT),
  matchFields: async (_manager, inputs) => inputs.map((input) => ({ ...input, kind: leadKindOf(input) })),
};
