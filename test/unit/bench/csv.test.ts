import { parse } from 'csv-parse/sync';
import {
  csvLine,
  generateLeads,
  generateRelations,
  LEAD_COLUMNS,
  leadsToCsv,
  RELATION_COLUMNS,
  relationsToCsv,
} from '../../../bench/generate';

describe('CSV', () => {
  it('quotes a value holding the delimiter or a quote, doubling the quote', () => {
    expect(csvLine(['Hansen; Søn', 'Tømrer "Jens" ApS', 'plain', null, 12])).toBe(
      '"Hansen; Søn";"Tømrer ""Jens"" ApS";plain;;12\n',
    );
    expect(csvLine(['a,b', 'a;b'], ',')).toBe('"a,b",a;b\n');
    expect(csvLine([' edge ', 'two\nlines'])).toBe('" edge ";"two\nlines"\n');
  });

  it('writes relations as a header line and one line per record that a CSV parser reads back', () => {
    const relations = [...generateRelations({ count: 500, seed: 5 })];
    const text = [...relationsToCsv(relations)].join('');
    const [header, ...rows] = parse(text, { delimiter: ';' }) as string[][];
    expect(header).toEqual([...RELATION_COLUMNS]);
    expect(rows).toEqual(relations.map(({ fields }) => RELATION_COLUMNS.map((c) => fields[c] ?? '')));
  });

  it('writes leads the same way, with any delimiter', () => {
    const leads = [...generateLeads({ count: 200, seed: 5 })];
    const text = [...leadsToCsv(leads, ',')].join('');
    const [header, ...rows] = parse(text, { delimiter: ',' }) as string[][];
    expect(header).toEqual([...LEAD_COLUMNS]);
    expect(rows).toEqual(leads.map((lead) => LEAD_COLUMNS.map((c) => lead[c] ?? '')));
  });
});
