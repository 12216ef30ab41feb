export { parseColumnMap } from './column-map.parser';
export { recogniseHeaders, type HeaderRecognition } from './header.recogniser';
export { IMPORT_FIELDS, type ImportEntity, type ImportField } from './import-fields';
export { mapRow, type MappedRow, type RowError } from './row.mapper';
export { readSheet } from './sheet.reader';
export type { Sheet, SheetInput, SheetProgress, SheetRow } from './sheet';
