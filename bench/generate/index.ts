export { generateRelations, type GeneratedRelation, type RelationOptions } from './relation.generator';
export { generateLeads, type GeneratedLead, type LeadOptions } from './lead.generator';
export { csvLine, LEAD_COLUMNS, leadsToCsv, RELATION_COLUMNS, relationsToCsv } from './csv';
