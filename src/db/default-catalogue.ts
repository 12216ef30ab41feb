import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { NumberSeries, Pipeline } from '../entities';
import { RunAgain, transaction } from './transaction';
import { isUniqueViolation } from './unique-violation';

/** What a database without any number series gets: every converted customer is numbered (Norwegian module). */
export const DEFAULT_NUMBER_SERIES = { name: 'Customers', prefix: 'C-', nextNumber: 10001, isDefault: true };

/** What a database without any pipeline gets, so that deals can be opened from the start. */
export const DEFAULT_PIPELINE = {
  name: 'Sales',
  stages: ['Qualification', 'Offer', 'Negotiation', 'Closing'],
  isDefault: true,
};

async function addWhenNone<T extends NumberSeries | Pipeline>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  values: Partial<T>,
): Promise<void> {
  if (await manager.exists(entity)) return;
  try {
    await manager.insert(entity, values as never);
  } catch (error) {
    // another process opening the same new database added it first
    if (isUniqueViolation(error)) throw new RunAgain('The default was added meanwhile', { cause: error });
    throw error;
  }
}

/**
 * Gives a database with no number series a default one and with no pipeline a default one. Runs at every open,
 * after the schema is up to date, on SQLite and MySQL alike, so new databases and older ones without them get
 * them; a database that has some keeps what it has.
 */
export async function addDefaultCatalogue(dataSource: DataSource): Promise<void> {
  await transaction(dataSource, async ({ manager }) => {
    await addWhenNone(manager, NumberSeries, DEFAULT_NUMBER_SERIES);
    await addWhenNone(manager, Pipeline, DEFAULT_PIPELINE);
  });
}
