import { ObjectType } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';
import type { EntityType } from '../../quality/record-fields';
import type { ReportRow } from '../../quality/validation/validation-report-query';
import { connectionType } from './connection.type';

/** A record of the validation report; its record and findings resolve through the request's DataLoaders. */
@ObjectType({ description: 'A record of the validation report with its open findings (the "error" column)' })
export class ValidationRow implements ReportRow {
  entityType: EntityType;
  recordId: number;
  record?: ObjectLiteral;
}

export const { ConnectionType: ValidationRowConnection } = connectionType(ValidationRow);
