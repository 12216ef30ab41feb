import type { DataSource } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { transaction } from '../../db/transaction';
import type { OwnedInput } from '../../records/create-records';
import type { Actor } from '../../schema/access';
import { contactImport } from './contact-import.target';
import { parseColumnMap } from './column-map.parser';
import { importDivisionId } from './import-division';
import { ImportFileError } from './import-file.error';
import { recogniseHeaders } from './header.recogniser';
import type { ImportEntity } from './import-fields';
import type { ImportProgress, ImportReport } from './import-report';
import { importRows } from './import-rows';
import type { ImportTarget } from './import-target';
import { leadImport } from './lead-import.target';
import { relationImport } from './relation-import.target';
import { readSheet } from './sheet.reader';
import type { Sheet, SheetInput, SheetRow } from './sheet';

const TARGETS: Record<ImportEntity, ImportTarget<OwnedInput>> = {
  leads: leadImport,
  relations: relationImport,
  contacts: contactImport,
};

export interface ImportOptions {
  entity: ImportEntity;
  /** "column=field,…"; without it the headers are recognised by name */
  columnMap?: string | null;
  /** check every row and report, write nothing */
  dryRun?: boolean;
  /** the division the records go to, by name; else the actor's, else the only one (see importDivisionId) */
  divisionName?: string | null;
  /** rows the matching engine takes for an earlier row or a stored record are reported and not created */
  skipDuplicates?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** Rolls a dry run back, carrying its report out of the transaction. */
class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

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

/**
 * Imports a CSV or XLSX sheet of leads, relations or contacts through their
 * intake services, in batches of 500. The whole import is one transaction: every
 * row is checked and the good ones saved inside it, and it commits only once
 * the last row is read, so an unreadable file or a failure writes nothing. A dry
 * run rolls it back, and so reports exactly what the import would do. When MySQL
 * runs the transaction again (a deadlock), the file is read again from its start.
 */
export async function importSheet(
  dataSource: DataSource,
  actor: Actor,
  file: Omit<SheetInput, 'onProgress'>,
  options: ImportOptions,
): Promise<ImportReport> {
  const { entity } = options;
  const target = TARGETS[entity];
  const explicit = options.columnMap ? await fileStep(() => parseColumnMap(options.columnMap!)) : undefined;
  const bytes = { bytesRead: 0, totalBytes: 0 };
  const open = () => fileStep(() => readSheet({ ...file, onProgress: (progress) => Object.assign(bytes, progress) }));
  let unread: Sheet | null = await open();
  const first = unread;
  try {
    const { mapping } = await fileStep(() => recogniseHeaders(entity, first.headers, explicit));
    const columns = new Map([...mapping].filter(([, field]) => !target.ignoredFields.includes(field)));
    if (columns.size === 0)
      throw new ImportFileError(
        `No column of ${file.fileName} is known for ${entity}; name them with a column map ("column=field,…")`,
      );
    const work = async (uow: UnitOfWork<Actor>) => {
      const sheet = unread ?? (await open());
      unread = null;
      try {
        const report = await importRows(uow, rowsOf(sheet), {
          entity,
          target,
          columns,
          notImported: first.headers.filter((header) => !columns.has(header)),
          dryRun: options.dryRun ?? false,
          skipDuplicates: options.skipDuplicates ?? false,
          divisionId: await importDivisionId(uow.manager, actor, options.divisionName),
          bytes,
          onProgress: options.onProgress,
        });
        if (report.dryRun) throw new DryRunRollback(report);
        return report;
      } finally {
        if (sheet !== first) await sheet.close();
      }
    };
    return await transaction(dataSource, actor, work).catch((error: unknown) => {
      if (error instanceof DryRunRollback) return error.report;
      throw error;
    });
  } finally {
    await first.close();
  }
}
