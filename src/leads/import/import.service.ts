import type { DataSource, EntityManager } from 'typeorm';
import { transaction } from '../../db/transaction';
import { Division } from '../../entities';
import { MAX_BATCH, type OwnedInput } from '../../records/create-records';
import { fieldError, type FieldError } from '../../records/field-errors';
import type { Actor } from '../../schema/access';
import { contactImport } from './contact-import.target';
import { parseColumnMap } from './column-map.parser';
import { recogniseHeaders } from './header.recogniser';
import type { ImportEntity } from './import-fields';
import type { ImportProgress, ImportReport, RowProblem } from './import-report';
import type { ImportTarget } from './import-target';
import { leadImport } from './lead-import.target';
import { relationImport } from './relation-import.target';
import { mapRow } from './row.mapper';
import { readSheet } from './sheet.reader';
import type { Sheet, SheetInput, SheetRow } from './sheet.types';

const TARGETS: Record<ImportEntity, ImportTarget<OwnedInput>> = { leads: leadImport, relations: relationImport, contacts: contactImport };

/** Fields mapRow fills from another column: a full name, a relation named either way. */
const DERIVED_FROM: Record<string, string> = { firstName: 'name', lastName: 'name', relationName: 'relation', relationRegistrationNumber: 'relation' };

/** A field's problem, with the column the field came from. */
function problemsIn(columns: Map<string, string>): (error: FieldError) => RowProblem {
  const columnOf = new Map([...columns].map(([column, field]) => [field, column]));
  return ({ field, code, message }) => ({ field, column: columnOf.get(field) ?? columnOf.get(DERIVED_FROM[field]), code, message });
}

/** The file as a whole cannot be imported (unreadable, a bad column map, an unknown division): nothing was written. */
export class ImportFileError extends Error {}

export interface ImportOptions {
  entity: ImportEntity;
  /** "column=field,…"; without it the headers are recognised by name */
  columnMap?: string | null;
  /** check every row and report, write nothing */
  dryRun?: boolean;
  /** the division the records go to, by name; else the actor's */
  divisionName?: string | null;
  onProgress?: (progress: ImportProgress) => void;
}

class DryRunRollback extends Error {}

async function fileStep<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new ImportFileError((error as Error).message, { cause: error });
  }
}

async function* rowsOf(sheet: Sheet): AsyncGenerator<SheetRow> {
  try {
    yield* sheet;
  } catch (error) {
    throw new ImportFileError((error as Error).message, { cause: error });
  }
}

async function divisionId(manager: EntityManager, name: string | null | undefined): Promise<number | undefined> {
  if (!name) return undefined;
  const division = await manager.findOneBy(Division, { name: name.trim() });
  if (!division) throw new ImportFileError(`No division is named '${name}'`);
  return division.id;
}

/**
 * Imports a CSV or XLSX sheet of leads, relations or contacts through their
 * intake services, in batches of 500. The whole import is one transaction: every
 * row is checked and the good ones saved inside it, and it commits only once
 * the last row is read, so an unreadable file or a failure writes nothing. A dry
 * run rolls it back, and so reports exactly what the import would do.
 */
export async function importSheet(dataSource: DataSource, actor: Actor, file: Omit<SheetInput, 'onProgress'>, options: ImportOptions): Promise<ImportReport> {
  const { entity, dryRun = false, onProgress } = options;
  const target = TARGETS[entity];
  const explicit = options.columnMap ? await fileStep(() => parseColumnMap(options.columnMap!)) : undefined;
  const bytes = { bytesRead: 0, totalBytes: 0 };
  const sheet = await fileStep(() => readSheet({ ...file, onProgress: (progress) => Object.assign(bytes, progress) }));
  try {
    const { mapping } = await fileStep(() => recogniseHeaders(entity, sheet.headers, explicit));
    const used = new Map([...mapping].filter(([, field]) => !target.ignoredFields.includes(field)));
    if (used.size === 0) throw new ImportFileError(`No column of ${file.fileName} is known for ${entity}; name them with a column map ("column=field,…")`);
    const problem = problemsIn(used);
    const report: ImportReport = {
      entity,
      dryRun,
      rowsRead: 0,
      created: 0,
      skipped: 0,
      columns: Object.fromEntries(used),
      notImported: sheet.headers.filter((header) => !used.has(header)),
      rejected: [],
    };
    const reject = (rowNumber: number, errors: FieldError[]) => {
      report.skipped += 1;
      report.rejected.push({ rowNumber, problems: errors.map(problem) });
    };

    const work = async (manager: EntityManager) => {
      const division = await divisionId(manager, options.divisionName);
      let batch: { rowNumber: number; input: OwnedInput }[] = [];
      const flush = async () => {
        const items = batch.length > 0 ? await target.create(manager, actor, batch.map((b) => b.input)) : [];
        items.forEach((item, k) => (item.record ? (report.created += 1) : reject(batch[k].rowNumber, item.errors)));
        batch = [];
        onProgress?.({ rowsRead: report.rowsRead, ...bytes });
      };
      for await (const row of rowsOf(sheet)) {
        report.rowsRead += 1;
        const mapped = mapRow(entity, row, used);
        const { input, errors } = target.toInput(mapped.values);
        const problems = [...mapped.errors.map((e) => fieldError(e.field, 'INVALID_VALUE', e.message)), ...errors];
        if (problems.length > 0) reject(row.rowNumber, problems);
        else batch.push({ rowNumber: row.rowNumber, input: division === undefined ? input : { ...input, divisionId: division } });
        if (batch.length === MAX_BATCH) await flush();
      }
      await flush();
      if (dryRun) throw new DryRunRollback();
    };
    await transaction(dataSource, work).catch((error: unknown) => {
      if (!(error instanceof DryRunRollback)) throw error;
    });
    report.rejected.sort((a, b) => a.rowNumber - b.rowNumber);
    return report;
  } finally {
    await sheet.close();
  }
}
