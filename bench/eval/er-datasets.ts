import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MatchRecord } from '../../src/quality/matching/match-record';
import { pairsWithinGroups } from '../../src/quality/duplicates/pair-metrics';

/** A labelled data set: records and the keys (pairKey) of the pairs that are the same entity. */
export interface LabelledSet {
  name: string;
  records: MatchRecord[];
  truePairs: Set<string>;
}

export const SET_NAMES = ['febrl/dataset1', 'febrl/dataset2', 'splink/fake_1000', 'fodors_zagats'] as const;
export type SetName = (typeof SET_NAMES)[number];

type Row = Record<string, string>;

/** Loads a set; with `sampleSize` only the first that many records of each file, and the true pairs among them. */
export function loadSet(name: SetName, dataDir: string, sampleSize?: number): LabelledSet {
  const readAll = (file: string): Row[] =>
    parse(readFileSync(path.join(dataDir, file)), { columns: true, trim: true, skip_empty_lines: true }) as Row[];
  const read = (file: string): Row[] => readAll(file).slice(0, sampleSize);
  switch (name) {
    case 'febrl/dataset1':
    case 'febrl/dataset2':
      return groupedSet(name, read(`${name}.csv`), febrlRecord, (row) => row.rec_id.split('-')[1]);
    case 'splink/fake_1000':
      return groupedSet(name, read('splink/fake_1000.csv'), splinkRecord, (row) => row.cluster);
    case 'fodors_zagats':
      return fodorsZagats(
        read('fodors_zagats/fodors.csv'),
        read('fodors_zagats/zagats.csv'),
        readAll('fodors_zagats/matches_fodors_zagats.csv'),
      );
  }
}

function groupedSet(
  name: string,
  rows: Row[],
  toRecord: (row: Row) => MatchRecord,
  groupOf: (row: Row) => string,
): LabelledSet {
  const groups = new Map<string, string[]>();
  const records = rows.map((row) => {
    const record = toRecord(row);
    groups.set(groupOf(row), [...(groups.get(groupOf(row)) ?? []), record.id]);
    return record;
  });
  return { name, records, truePairs: pairsWithinGroups(groups.values()) };
}

/** FEBRL persons as private leads; the social security id is left out, the CRM has no such field. */
function febrlRecord(row: Row): MatchRecord {
  return {
    id: row.rec_id,
    entityType: 'LEAD',
    fields: {
      kind: 'PRIVATE',
      firstName: row.given_name,
      lastName: row.surname,
      street: [row.street_number, row.address_1, row.address_2].join(' '),
      city: row.suburb,
      postalCode: row.postcode,
      birthDate: row.date_of_birth,
      country: 'AU',
    },
  };
}

function splinkRecord(row: Row): MatchRecord {
  return {
    id: row.unique_id,
    entityType: 'LEAD',
    fields: {
      kind: 'PRIVATE',
      firstName: row.first_name,
      lastName: row.surname,
      birthDate: row.dob,
      city: row.city,
      email: row.email,
      country: 'GB',
    },
  };
}

/** Both restaurant guides as one set of company relations; only the listed cross-guide pairs are true matches. */
function fodorsZagats(fodors: Row[], zagats: Row[], matches: Row[]): LabelledSet {
  const restaurant =
    (guide: string) =>
    (row: Row): MatchRecord => ({
      id: `${guide}-${row.id}`,
      entityType: 'RELATION',
      fields: { kind: 'COMPANY', name: row.name, street: row.addr, city: row.city, phone: row.phone, country: 'US' },
    });
  const records = [...fodors.map(restaurant('fodors')), ...zagats.map(restaurant('zagats'))];
  const ids = new Set(records.map((record) => record.id));
  const pairs = matches
    .map((match) => [`fodors-${match.fodors_id}`, `zagats-${match.zagats_id}`])
    .filter((pair) => pair.every((id) => ids.has(id)));
  return { name: 'fodors_zagats', records, truePairs: pairsWithinGroups(pairs) };
}
