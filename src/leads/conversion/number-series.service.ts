import { IsNull, type EntityManager } from 'typeorm';
import { divisionLimit, type Actor } from '../../schema/access';
import { NumberSeries, Relation } from '../../entities';
import { loadRecord } from '../../records/find-record';
import { badInput } from '../../schema/errors';

/** How many of the most recently registered customers the preview shows per series (Norwegian module). */
const LAST_REGISTERED = 5;

function formatCustomerNumber(series: NumberSeries, number: number): string {
  return `${series.prefix}${number}`;
}

/** Series every division uses, and the division's own. */
function seriesOf(manager: EntityManager, divisionId: number | null) {
  const query = manager.createQueryBuilder(NumberSeries, 's').where('s.divisionId IS NULL');
  return divisionId === null ? query : query.orWhere('s.divisionId = :divisionId', { divisionId });
}

/**
 * The series a new customer's number comes from: the one named (every division's, or the lead's division's own),
 * else the division's default, else the default for every division, else the oldest; null when there is none.
 */
export async function chooseNumberSeries(
  manager: EntityManager,
  id: number | null | undefined,
  field: string,
  divisionId: number | null,
): Promise<NumberSeries | null> {
  if (id) {
    const series = await loadRecord(manager, NumberSeries, id);
    if (series.divisionId !== null && series.divisionId !== divisionId)
      throw badInput(`Number series '${series.name}' numbers another division's customers`, field);
    return series;
  }
  return seriesOf(manager, divisionId)
    .orderBy('s.isDefault', 'DESC')
    .addOrderBy('CASE WHEN s.divisionId IS NULL THEN 1 ELSE 0 END', 'ASC')
    .addOrderBy('s.id', 'ASC')
    .getOne();
}

/**
 * The next customer number of a series. The increment comes first and the
 * number is read back after it: the UPDATE locks the row on MySQL until the
 * transaction ends (SQLite runs one transaction at a time), so parallel
 * conversions get consecutive numbers, and a rollback gives the number back.
 * A number some relation already has (typed in by hand) is passed over.
 */
export async function allocateCustomerNumber(manager: EntityManager, series: NumberSeries): Promise<string> {
  for (;;) {
    await manager
      .createQueryBuilder()
      .update(NumberSeries)
      .set({ nextNumber: () => 'nextNumber + 1' })
      .where('id = :id', { id: series.id })
      .execute();
    const { nextNumber } = await manager.findOneOrFail(NumberSeries, {
      select: { id: true, nextNumber: true },
      where: { id: series.id },
    });
    const customerNumber = formatCustomerNumber(series, nextNumber - 1);
    if (!(await manager.existsBy(Relation, { customerNumber }))) return customerNumber;
  }
}

export interface NumberSeriesChoice {
  series: NumberSeries;
  nextCustomerNumber: string;
  lastRelations: Relation[];
}

/**
 * Every series the lead's division may use with the number it would give next and the customers it numbered last,
 * the default series first; a SALES user sees only their own division's customers among them.
 */
export async function numberSeriesChoices(
  manager: EntityManager,
  actor: Actor,
  divisionId: number | null,
): Promise<NumberSeriesChoice[]> {
  const all = await seriesOf(manager, divisionId).orderBy('s.isDefault', 'DESC').addOrderBy('s.name', 'ASC').getMany();
  const limit = divisionLimit(actor);
  const division = limit === undefined ? {} : { divisionId: limit ?? IsNull() };
  return Promise.all(
    all.map(async (series) => ({
      series,
      nextCustomerNumber: formatCustomerNumber(series, series.nextNumber),
      lastRelations: await manager.find(Relation, {
        where: { numberSeriesId: series.id, ...division },
        order: { id: 'DESC' },
        take: LAST_REGISTERED,
      }),
    })),
  );
}
