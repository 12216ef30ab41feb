import { Foundation1795487700014 } from './1795487700014-Foundation';
import { MatchKeys1795488207859 } from './1795488207859-MatchKeys';
import { Quality1795493963463 } from './1795493963463-Quality';
import { HashedMatchKeys1795507376076 } from './1795507376076-HashedMatchKeys';
import { ApiTokenLifecycle1795600000001 } from './1795600000001-ApiTokenLifecycle';
import { SearchIndex1795600000002 } from './1795600000002-SearchIndex';
import { NumberSeriesDivision1795600000003 } from './1795600000003-NumberSeriesDivision';
import { DealValue1795600000031 } from './1795600000031-DealValue';
import { ValidationRecordCount1795600000032 } from './1795600000032-ValidationRecordCount';
import { LeadTagList1795600000033 } from './1795600000033-LeadTagList';

/** Every MySQL migration, oldest first. SQLite follows the entities directly. */
export const MIGRATIONS = [
  Foundation1795487700014,
  MatchKeys1795488207859,
  Quality1795493963463,
  HashedMatchKeys1795507376076,
  ApiTokenLifecycle1795600000001,
  SearchIndex1795600000002,
  NumberSeriesDivision1795600000003,
  DealValue1795600000031,
  ValidationRecordCount1795600000032,
  LeadTagList1795600000033,
];
