import type { UnitOfWork } from '../../db/unit-of-work';
import { creatingMatchedRecords } from '../../quality/duplicates/matched-before-writing';
import { currentModel } from '../../quality/matching/model-store';
import { MAX_BATCH, type OwnedInput } from '../../records/create-records';
import { fieldError, type FieldError } from '../../fields/field-errors';
import type { Actor } from '../../schema/access';
import { createdDuplicates, duplicatesBeforeCreating, type ImportedRecords } from './import-duplicates';
import type { ImportEntity } from './import-fields';
import type { ImportProgress, ImportReport, RowProblem } from './import-report';
import type { ImportTarget } from './import-target';
import { mapRow } from './row.mapper';
import type { SheetProgress, SheetRow } from './sheet';

/** Fields mapRow fills from another column: a full name, a relation named either way. */
const DERIVED_FROM: Record<string, string> = {
  firstName: 'name',
  lastName: 'name',
  relationName: 'relation',
  relationRegistrationNumber: 'relation',
};

/** A field's problem, with the column the field came from. */
function problemsIn(columns: Map<string, string>): (error: FieldError) => RowProblem {
  const columnOf = new Map([...columns].map(([column, field]) => [field, column]));
  return ({ field, code, message }) => ({
    field,
    column: columnOf.get(field) ?? columnOf.get(DERIVED_FROM[field]),
    code,
    message,
  });
}

export interface RowImport {
  entity: ImportEntity;
  target: ImportTarget<OwnedInput>;
  /** column → field, for the columns imported */
  columns: Map<string, string>;
  notImported: string[];
  dryRun: boolean;
  skipDuplicates: boolean;
  /** the division every record goes to */
  divisionId: number;
  /** how far the file is read */
  bytes: SheetProgress;
  onProgress?: (progress: ImportProgress) => void;
}

interface Row {
  rowNumber: number;
  input: OwnedInput;
}

/**
 * The rows of a sheet created through their entity's intake service, MAX_BATCH at a time, inside the caller's
 * transaction; answers the report. Rows that cannot be read are rejected before anything is written; duplicates
 * are reported, and with skipDuplicates not created.
 */
export async function importRows(
  uow: UnitOfWork<Actor>,
  rows: AsyncIterable<SheetRow>,
  setup: RowImport,
): Promise<ImportReport> {
  const { manager } = uow;
  const { entity, target, columns, skipDuplicates } = setup;
  const problem = problemsIn(columns);
  const report: ImportReport = {
    entity,
    dryRun: setup.dryRun,
    rowsRead: 0,
    created: 0,
    skipped: 0,
    columns: Object.fromEntries(columns),
    notImported: setup.notImported,
    rejected: [],
    duplicates: [],
  };
  const reject = (rowNumber: number, errors: FieldError[]) => {
    report.skipped += 1;
    report.rejected.push({ rowNumber, problems: errors.map(problem) });
  };
  const model = await currentModel(manager);
  const imported: ImportedRecords = { entityType: target.entityType, typeName: target.typeName, rowOf: new Map() };

  const duplicatesAmong = async (batch: Row[]) => {
    const fields = await target.matchFields(
      manager,
      batch.map((row) => row.input),
    );
    return duplicatesBeforeCreating(
      uow,
      imported,
      model,
      batch.map((row, n) => ({ rowNumber: row.rowNumber, fields: fields[n] })),
    );
  };

  const create = async (batch: Row[]): Promise<void> => {
    const found = skipDuplicates ? await duplicatesAmong(batch) : [];
    const skipped = new Set(found.map((duplicate) => duplicate.rowNumber));
    const wanted = batch.filter((row) => !skipped.has(row.rowNumber));
    const createWanted = () =>
      target.create(
        uow,
        wanted.map((row) => row.input),
      );
    const items =
      wanted.length === 0
        ? []
        : skipDuplicates
          ? await creatingMatchedRecords(uow, target.entityType, createWanted)
          : await createWanted();
    const createdIds: number[] = [];
    const rejected = new Set<number>();
    items.forEach((item, k) => {
      const { rowNumber } = wanted[k];
      if (!item.record) {
        rejected.add(rowNumber);
        return reject(rowNumber, item.errors);
      }
      const { id } = item.record as { id: number };
      imported.rowOf.set(id, rowNumber);
      createdIds.push(id);
    });
    report.created += createdIds.length;
    if (!skipDuplicates && createdIds.length > 0)
      report.duplicates.push(...(await createdDuplicates(manager, imported, createdIds)));
    // a row skipped as the repeat of a row of its batch that was rejected after all is tried again
    const orphaned = new Set(
      found
        .filter((duplicate) => duplicate.sameAsRow !== undefined && rejected.has(duplicate.sameAsRow))
        .map((d) => d.rowNumber),
    );
    const kept = found.filter((duplicate) => !orphaned.has(duplicate.rowNumber));
    report.duplicates.push(...kept);
    report.skipped += kept.length;
    if (orphaned.size > 0) await create(batch.filter((row) => orphaned.has(row.rowNumber)));
  };

  let batch: Row[] = [];
  const flush = async () => {
    await create(batch);
    batch = [];
    setup.onProgress?.({ rowsRead: report.rowsRead, ...setup.bytes });
  };
  for await (const row of rows) {
    report.rowsRead += 1;
    const mapped = mapRow(entity, row, columns);
    const { input, errors } = target.toInput(mapped.values);
    const problems = [...mapped.errors.map((e) => fieldError(e.field, 'INVALID_VALUE', e.message)), ...errors];
    if (problems.length > 0) reject(row.rowNumber, problems);
    else
      batch.push({
        rowNumber: row.rowNumber,
        input: { ...input, divisionId: setup.divisionId },
      });
    if (batch.length === MAX_BATCH) await flush();
  }
  await flush();
  report.rejected.sort((a, b) => a.rowNumber - b.rowNumber);
  report.duplicates.sort((a, b) => a.rowNumber - b.rowNumber);
  return report;
}
