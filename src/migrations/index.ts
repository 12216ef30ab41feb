import { Foundation1795487700014 } from './1795487700014-Foundation';

/** Every MySQL migration, oldest first. SQLite follows the entities directly. */
export const MIGRATIONS = [Foundation1795487700014];
