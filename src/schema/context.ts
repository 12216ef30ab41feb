import type { DataSource } from 'typeorm';
import type { User } from '../entities';
import { createLoaders, type Loaders } from '../loaders';

/** What every resolver gets: who is asking, and this request's DataLoaders. */
export interface Context {
  user: User | null;
  dataSource: DataSource;
  loaders: Loaders;
}

export function createContext(dataSource: DataSource, user: User | null): Context {
  return { user, dataSource, loaders: createLoaders(dataSource) };
}
