import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataSource, In } from 'typeorm';
import { openDatabase } from '../../db/open-database';
import { transaction } from '../../db/transaction';
import { DuplicateCluster, DuplicateClusterMember, Relation } from '../../entities';
import { DuplicateClusterStatus, RecordStatus, RelationKind } from '../../entities/enums';
import { COMMAND_LINE_ACTOR } from '../../leads/import/import.command';
import { parseColumnMap } from '../../leads/import/column-map.parser';
import { recogniseHeaders } from '../../leads/import/header.recogniser';
import { importSheet } from '../../leads/import/import.service';
import { readSheet } from '../../leads/import/sheet.reader';
import { divisionNamed } from '../../users/user.service';
import type { MatchRecord } from '../matching/match-record';
import { currentModel, storeThreshold } from '../matching/model-store';
import { loadMatchRecordPage } from '../matching/record-loader';
import type { EntityType } from '../record-fields';
import { evaluateDedupe, formatEvaluation, truePairsOfLabels } from './dedupe-evaluation';
import { TYPE_OF, type DedupeEntity } from './dedupe-entities';
import { pairMetrics, pairsWithinGroups } from './pair-metrics';
import { scanDuplicates } from './scan-duplicates.service';
import { trainStoredModel } from './train-model.service';

export interface DedupeEvalOptions {
  entity: DedupeEntity;
  /** the column whose equal values mark one real entity; rows with it empty are no one's duplicate */
  truth: string;
  map?: string;
  threshold?: number;
  /** train a model (EM) on the file's records before the scan */
  train?: boolean;
}

const PAGE = 5_000;

/** Each data row's label, by row number, read with the import's own sheet reader. */
async function labelsByRow(file: string, truth: string): Promise<Map<number, string>> {
  const sheet = await readSheet({ path: file, fileName: path.basename(file) });
  try {
    if (!sheet.headers.includes(truth))
      throw new Error(`${path.basename(file)} has no column '${truth}' (its columns: ${sheet.headers.join(', ')})`);
    const labels = new Map<number, string>();
    for await (const row of sheet) labels.set(row.rowNumber, row.cells[truth] ?? '');
    return labels;
  } finally {
    await sheet.close();
  }
}

/** Contacts are imported under the relation their row names: the scratch database gets one company per name. */
async function createNamedRelations(dataSource: DataSource, file: string, map: string | undefined): Promise<void> {
  const sheet = await readSheet({ path: file, fileName: path.basename(file) });
  try {
    const { mapping } = recogniseHeaders('contacts', sheet.headers, map ? parseColumnMap(map) : undefined);
    const column = [...mapping].find(([, field]) => field === 'relationName')?.[0];
    if (column === undefined) return;
    const names = new Set<string>();
    for await (const row of sheet) if (row.cells[column]?.trim()) names.add(row.cells[column].trim());
    await transaction(dataSource, ({ manager }) =>
      manager.insert(
        Relation,
        [...names].map((name) => ({ name, kind: RelationKind.COMPANY, status: RecordStatus.ACTIVE })),
      ),
    );
  } finally {
    await sheet.close();
  }
}

async function storedRecords(dataSource: DataSource, entityType: EntityType): Promise<MatchRecord[]> {
  const records: MatchRecord[] = [];
  for (let afterId = 0; ;) {
    const page = await loadMatchRecordPage(dataSource.manager, entityType, afterId, PAGE);
    records.push(...page);
    if (page.length < PAGE) return records;
    afterId = Number(page[page.length - 1].id);
  }
}

/** The open clusters the scan stored, as groups of record ids. */
async function storedClusters(dataSource: DataSource, entityType: EntityType): Promise<string[][]> {
  const clusters = await dataSource.manager.find(DuplicateCluster, {
    select: { id: true },
    where: { entityType, status: DuplicateClusterStatus.OPEN },
  });
  const members = await dataSource.manager.find(DuplicateClusterMember, {
    select: { clusterId: true, recordId: true },
    where: { clusterId: In(clusters.map((cluster) => cluster.id)) },
  });
  const groups = new Map<number, string[]>();
  for (const { clusterId, recordId } of members)
    groups.set(clusterId, [...(groups.get(clusterId) ?? []), String(recordId)]);
  return [...groups.values()];
}

/**
 * `crm dedupe eval FILE`: imports a labelled file into a scratch SQLite database as `crm import` would, scans it as
 * `crm dedupe scan` does, and measures the stored clusters against the truth column (pairwise precision, recall,
 * F1), with blocking recall and a threshold sweep over the same records. The steward's own database is not touched.
 */
export async function runDedupeEval(file: string, options: DedupeEvalOptions): Promise<void> {
  const entityType = TYPE_OF[options.entity];
  const labels = await labelsByRow(file, options.truth);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-dedupe-eval-'));
  const dataSource = await openDatabase(`sqlite:${path.join(dir, 'eval.sqlite')}`);
  try {
    // the scratch database's one division, which the import puts every record in
    await transaction(dataSource, ({ manager: m }) => divisionNamed(m, 'Evaluation'));
    if (options.entity === 'contacts') await createNamedRelations(dataSource, file, options.map);
    const report = await importSheet(
      dataSource,
      COMMAND_LINE_ACTOR,
      { path: file, fileName: path.basename(file) },
      { entity: options.entity, columnMap: options.map },
    );
    if (report.columns[options.truth])
      throw new Error(
        `The truth column '${options.truth}' would be imported as ${report.columns[options.truth]}; name the columns with --map`,
      );
    if (options.threshold !== undefined)
      await transaction(dataSource, ({ manager: m }) => storeThreshold(m, options.threshold!));
    if (options.train) await trainStoredModel(dataSource, { entityTypes: [entityType] });
    await scanDuplicates(dataSource, { entityTypes: [entityType] });

    // the import writes accepted rows in row order, so ids ascend with them
    const rejected = new Set(report.rejected.map((row) => row.rowNumber));
    const acceptedRows = [...labels.keys()].filter((rowNumber) => !rejected.has(rowNumber));
    const records = await storedRecords(dataSource, entityType);
    if (records.length !== acceptedRows.length)
      throw new Error(`${acceptedRows.length} rows were accepted but ${records.length} records stored`);
    const truePairs = truePairsOfLabels(new Map(records.map((record, n) => [record.id, labels.get(acceptedRows[n])!])));
    const model = await currentModel(dataSource.manager);
    const scanned = pairMetrics(pairsWithinGroups(await storedClusters(dataSource, entityType)), truePairs);
    const percent = (value: number) => (100 * value).toFixed(1);
    console.log(
      `Imported ${records.length} of ${report.rowsRead} rows (${report.rejected.length} rejected) into a scratch database; ` +
        `${options.train ? 'a model trained on them' : model.training ? 'a trained model' : 'the default model'}, threshold ${model.threshold}.`,
    );
    console.log(
      `Scan: precision ${percent(scanned.precision)} %, recall ${percent(scanned.recall)} %, F1 ${percent(scanned.f1)} % ` +
        `(${scanned.truePositives} of ${scanned.truePairs} true pairs, ${scanned.predictedPairs} predicted)`,
    );
    for (const line of formatEvaluation(path.basename(file), evaluateDedupe({ records, truePairs }, model)))
      console.log(line);
  } finally {
    await dataSource.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
