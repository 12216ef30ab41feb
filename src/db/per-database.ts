import type { DataSource } from 'typeorm';
import { baseDataSource } from './statement-budget';

/**
 * Values kept per database, such as caches and the channels its events go out on. A request reaches the database
 * through a view of the data source (budgetedDataSource), which finds here what the data source itself holds.
 */
export class PerDatabase<T> {
  private readonly values = new WeakMap<DataSource, T>();

  get(dataSource: DataSource): T | undefined {
    return this.values.get(baseDataSource(dataSource));
  }

  set(dataSource: DataSource, value: T): void {
    this.values.set(baseDataSource(dataSource), value);
  }

  delete(dataSource: DataSource): void {
    this.values.delete(baseDataSource(dataSource));
  }

  /** The value kept for the database, made first when there is none. */
  of(dataSource: DataSource, make: () => T): T {
    const base = baseDataSource(dataSource);
    let value = this.values.get(base);
    if (value === undefined) this.values.set(base, (value = make()));
    return value;
  }
}
