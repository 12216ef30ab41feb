import type { NormalisedRecord } from '../normalise/normalised-record';
import type { EntityType } from '../record-fields';

const SEPARATOR = '\u0001';
const NULL = '\u0000';
// eslint-disable-next-line no-control-regex -- deliberately matches control characters
const CONTROL = /[\u0000\u0001]/g;

const packed = (value: string | null) => (value === null ? NULL : value.replace(CONTROL, ''));
const unpacked = (value: string) => (value === NULL ? null : value);

/** Every field but the entity type, which a scan knows, in the order unpack() reads them back. */
function pack(r: NormalisedRecord): string {
  const fields = [r.firstName, r.lastName, r.companyName, r.legalForm, r.email, r.companyDomain, r.phone, r.website];
  fields.push(
    r.registrationNumber,
    r.street,
    r.houseNumber,
    r.postalCode,
    r.city,
    r.country,
    r.birthDate,
    r.relationId,
  );
  return fields.map(packed).join(SEPARATOR);
}

/** One object literal, so that every record a scan scores has the same shape and the comparators stay fast. */
function unpack(entityType: EntityType, record: string): NormalisedRecord {
  const v = record.split(SEPARATOR);
  return {
    entityType,
    firstName: unpacked(v[0]),
    lastName: unpacked(v[1]),
    companyName: unpacked(v[2]),
    legalForm: unpacked(v[3]),
    email: unpacked(v[4]),
    companyDomain: unpacked(v[5]),
    phone: unpacked(v[6]),
    website: unpacked(v[7]),
    registrationNumber: unpacked(v[8]),
    street: unpacked(v[9]),
    houseNumber: unpacked(v[10]),
    postalCode: unpacked(v[11]),
    city: unpacked(v[12]),
    country: unpacked(v[13]),
    birthDate: unpacked(v[14]),
    relationId: unpacked(v[15]),
  };
}

/**
 * The normalised records of a scan, each held as one string of its fields: a third of the memory of the objects
 * (a million relations: about 170 MB instead of 550 MB), and an object again in a microsecond when its candidate
 * pairs are scored.
 */
export class PackedRecords {
  private readonly records: string[] = [];

  constructor(private readonly entityType: EntityType) {}

  get length(): number {
    return this.records.length;
  }

  push(record: NormalisedRecord): void {
    this.records.push(pack(record));
  }

  get(index: number): NormalisedRecord {
    return unpack(this.entityType, this.records[index]);
  }
}
