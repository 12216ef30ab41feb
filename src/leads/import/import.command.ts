import { SingleBar } from 'cli-progress';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { UserRole } from '../../entities/enums';
import type { Actor } from '../../schema/access';
import type { ImportEntity } from './import-fields';
import { formatReport } from './import-report';
import { importSheet } from './import.service';

export interface ImportCommandOptions {
  entity: ImportEntity;
  map?: string;
  dryRun?: boolean;
  division?: string;
  /** rows the matching engine finds already in the file or the database are reported, not created */
  skipDuplicates?: boolean;
}

/** Whoever runs the command has the database: it imports for nobody, with an ADMIN's reach. */
export const COMMAND_LINE_ACTOR: Actor = { id: null, role: UserRole.ADMIN, divisionId: null };

/** `crm import FILE`: a progress bar on a terminal, then the report. */
export async function importCommand(
  dataSource: DataSource,
  file: string,
  options: ImportCommandOptions,
): Promise<void> {
  const bar = process.stdout.isTTY
    ? new SingleBar({
        format: 'Importing {bar} {percentage}% | {rows} rows | {duration_formatted}',
        stream: process.stdout,
        clearOnComplete: true,
        hideCursor: true,
      })
    : null;
  let report;
  try {
    report = await importSheet(
      dataSource,
      COMMAND_LINE_ACTOR,
      { path: file, fileName: path.basename(file) },
      {
        entity: options.entity,
        columnMap: options.map,
        dryRun: options.dryRun,
        divisionName: options.division,
        skipDuplicates: options.skipDuplicates,
        onProgress: ({ rowsRead, bytesRead, totalBytes }) => {
          if (bar && !bar.isActive) bar.start(totalBytes, 0, { rows: 0 });
          bar?.update(bytesRead, { rows: rowsRead });
        },
      },
    );
  } finally {
    bar?.stop();
  }
  for (const line of formatReport(report, path.basename(file))) console.log(line);
}
