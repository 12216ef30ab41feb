import { useState } from 'preact/hooks';
import { IMPORT_FIELDS, type ImportEntity } from '../../leads/import/import-fields';
import { Busy } from '../components/status';
import { download, toCsv } from '../csv';
import { uploadImport, type ImportReport } from './import-upload';

const ENTITIES: { value: ImportEntity; label: string }[] = [
  { value: 'leads', label: 'Leads' },
  { value: 'relations', label: 'Relations' },
  { value: 'contacts', label: 'Contacts' },
];

/** A CSV or XLSX file: dry run first (mapping, rejected rows, duplicates), then the import. */
export function ImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [entity, setEntity] = useState<ImportEntity>('leads');
  const [map, setMap] = useState<Record<string, string>>({});
  const [skipDuplicates, setSkipDuplicates] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (dryRun: boolean) => {
    if (!file) return setError('Choose a CSV or XLSX file first.');
    setBusy(dryRun ? 'Checking the file' : 'Importing');
    setError(null);
    setProgress(0);
    try {
      const answer = await uploadImport({ file, entity, map, dryRun, skipDuplicates }, setProgress);
      setReport(answer);
      setMap(answer.columns);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    setMap({});
  };
  const columns = report ? [...Object.keys(report.columns), ...report.notImported] : [];
  return (
    <section>
      <h1>Import</h1>
      <form
        class="import-form"
        onSubmit={(e) => (e.preventDefault(), run(true))}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          choose(e.dataTransfer?.files[0] ?? null);
        }}
      >
        <label>
          Spreadsheet (CSV or XLSX; or drop it here)
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <label>
          Record type
          <select
            value={entity}
            onChange={(e) => (setEntity(e.currentTarget.value as ImportEntity), setReport(null), setMap({}))}
          >
            {ENTITIES.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={skipDuplicates}
            onChange={(e) => setSkipDuplicates(e.currentTarget.checked)}
          />
          Skip rows that duplicate a record
        </label>
        <button type="submit" disabled={!file || busy !== null}>
          Check the file
        </button>
      </form>
      {busy && (
        <div>
          <Busy what={busy} />
          <progress
            aria-label={`${busy}: upload`}
            max={1}
            value={progress !== null && progress < 1 ? progress : undefined}
          />
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <>
          <h2>{report.dryRun ? 'Dry run: nothing was written' : 'Imported'}</h2>
          <p class="notice" role="status">
            {report.rowsRead} rows read, {report.created} {report.dryRun ? 'would be created' : 'created'},{' '}
            {report.skipped} skipped, {report.rejected.length} rejected, {report.duplicates.length} possible duplicates.
          </p>
          {report.dryRun && (
            <fieldset class="mapping">
              <legend>Column mapping</legend>
              {columns.map((column) => (
                <label key={column}>
                  {column}
                  <select
                    value={map[column] ?? ''}
                    onChange={(e) => {
                      const { [column]: _dropped, ...rest } = map;
                      setMap(e.currentTarget.value ? { ...rest, [column]: e.currentTarget.value } : rest);
                    }}
                  >
                    <option value="">(not imported)</option>
                    {IMPORT_FIELDS[entity].map((field) => (
                      <option key={field}>{field}</option>
                    ))}
                  </select>
                </label>
              ))}
              <div class="toolbar">
                <button type="button" onClick={() => run(true)} disabled={busy !== null}>
                  Check again with this mapping
                </button>
                <button type="button" onClick={() => run(false)} disabled={busy !== null}>
                  Import
                </button>
              </div>
            </fieldset>
          )}
          {report.rejected.length > 0 && <RejectedRows report={report} />}
          {report.duplicates.length > 0 && (
            <>
              <h3>Possible duplicates</h3>
              <ul>
                {report.duplicates.map((d) => (
                  <li key={d.rowNumber}>
                    Row {d.rowNumber} is like{' '}
                    {d.sameAsRow !== undefined ? `row ${d.sameAsRow}` : `record ${d.sameAsId}`} (
                    {Math.round(d.score * 100)} %: {d.reasons.join(', ')}){d.skipped ? ', skipped' : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function RejectedRows({ report }: { report: ImportReport }) {
  const lines = report.rejected.flatMap(({ rowNumber, problems }) => problems.map((p) => ({ rowNumber, ...p })));
  return (
    <>
      <div class="toolbar">
        <h3>Rejected rows</h3>
        <button
          type="button"
          onClick={() =>
            download(
              'rejected-rows.csv',
              toCsv([
                ['row', 'field', 'column', 'code', 'reason'],
                ...lines.map((l) => [l.rowNumber, l.field, l.column, l.code, l.message]),
              ]),
            )
          }
        >
          Download rejected rows (CSV)
        </button>
      </div>
      <div class="scroll">
        <table>
          <caption>Rows that are not imported, and why</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Field</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i}>
                <td>{l.rowNumber}</td>
                <td>
                  {l.field}
                  {l.column && l.column !== l.field ? ` (${l.column})` : ''}
                </td>
                <td>{l.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
