import { useClient, useMutation, useQuery } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useState } from 'preact/hooks';
import { Pager, type PageArgs } from '../components/pager';
import { RecordTypeSelect } from '../components/record-type-select';
import { Busy, ErrorMessage, Notice } from '../components/status';
import { download, toCsv } from '../csv';
import type { ValidationFilter } from '../gql/graphql';
import { recordLabel, recordType } from '../records';
import {
  ApplyFixesDocument,
  FilterChoicesDocument,
  ValidationReportDocument,
  ValidationSummaryDocument,
} from './validation-documents';
import { FindingRow, type ActionOutcome } from './finding-row';

const PAGE = 20;

/** The validation summary as bars, the report under the same filters, and the fixes. */
export function ValidationPage() {
  const [filter, setFilter] = useState<ValidationFilter>({});
  const [page, setPage] = useState<PageArgs>({ first: PAGE });
  const [notice, setNotice] = useState<string | null>(null);
  const [summary, refetchSummary] = useQuery({ query: ValidationSummaryDocument, variables: { filter } });
  const [report, refetchReport] = useQuery({ query: ValidationReportDocument, variables: { filter, ...page } });
  const change = (next: ValidationFilter) => {
    setFilter(next);
    setPage({ first: PAGE });
    setNotice(null);
    setActionError(undefined);
  };
  const [actionError, setActionError] = useState<CombinedError | undefined>();
  const reload = () => {
    refetchSummary({ requestPolicy: 'network-only' });
    refetchReport({ requestPolicy: 'network-only' });
  };
  // after a fix or a refusal (a CONFLICT: someone changed the record first) the page shows what is stored now
  const outcome = (result: ActionOutcome) => {
    setActionError('error' in result ? result.error : undefined);
    setNotice('text' in result ? result.text : null);
    reload();
  };
  const rules = summary.data?.validationSummary.rules ?? [];
  const selectedRule = filter.ruleCodes?.length === 1 ? rules.find((r) => r.code === filter.ruleCodes![0]) : undefined;
  const connection = report.data?.validationErrors;
  return (
    <section>
      <h1>Validation</h1>
      {summary.data && (
        <p>
          {summary.data.validationSummary.errors} errors, {summary.data.validationSummary.warnings} warnings,{' '}
          {summary.data.validationSummary.ignored} ignored
        </p>
      )}
      <RuleChart
        rules={rules}
        selected={filter.ruleCodes?.[0]}
        onSelect={(code) => change({ ...filter, ruleCodes: code ? [code] : undefined })}
      />
      <Filters filter={filter} rules={rules.map((r) => r.code)} onChange={change} />
      {selectedRule && <FixAll rule={selectedRule} filter={filter} onDone={(text) => (setNotice(text), reload())} />}
      <Notice text={notice} />
      <ErrorMessage error={actionError ?? summary.error ?? report.error} />
      {(summary.fetching || report.fetching) && <Busy />}
      {connection && (
        <>
          <div class="toolbar">
            <ExportCsv filter={filter} />
          </div>
          {connection.edges.length === 0 ? (
            <p>No open findings under these filters.</p>
          ) : (
            <div class="scroll">
              <table class="report">
                <caption>Records with open findings</caption>
                <thead>
                  <tr>
                    <th scope="col">Record</th>
                    <th scope="col">Rule</th>
                    <th scope="col">Finding</th>
                    <th scope="col">Value</th>
                    <th scope="col">Suggested</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.flatMap(({ node }) =>
                    node.findings.map((finding, index) => (
                      <FindingRow
                        key={finding.id}
                        record={node.record}
                        first={index === 0}
                        rows={node.findings.length}
                        finding={finding}
                        onOutcome={outcome}
                      />
                    )),
                  )}
                </tbody>
              </table>
            </div>
          )}
          <Pager info={connection.pageInfo} size={PAGE} total={connection.totalCount} onPage={setPage} />
        </>
      )}
    </section>
  );
}

interface RuleCount {
  code: string;
  severity: string;
  description: string;
  records: number;
  findings: number;
}

function RuleChart({
  rules,
  selected,
  onSelect,
}: {
  rules: RuleCount[];
  selected?: string;
  onSelect: (code: string | undefined) => void;
}) {
  const shown = rules.filter((rule) => rule.findings > 0 || rule.code === selected);
  const max = Math.max(1, ...shown.map((rule) => rule.findings));
  if (shown.length === 0) return null;
  return (
    <figure class="chart">
      <figcaption>Open findings per rule (choose a rule to filter the report)</figcaption>
      <ul>
        {shown.map((rule) => (
          <li key={rule.code}>
            <button
              type="button"
              class="bar-button"
              aria-pressed={rule.code === selected}
              title={rule.description}
              onClick={() => onSelect(rule.code === selected ? undefined : rule.code)}
            >
              <span class="bar-label">{rule.code}</span>
              <span class="bar-track" aria-hidden="true">
                <span
                  class={`bar ${rule.severity === 'ERROR' ? 'bar-error' : 'bar-warning'}`}
                  style={{ width: `${(100 * rule.findings) / max}%` }}
                />
              </span>
              <span class="bar-count">{rule.findings}</span>
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function Filters({
  filter,
  rules,
  onChange,
}: {
  filter: ValidationFilter;
  rules: string[];
  onChange: (filter: ValidationFilter) => void;
}) {
  const [choices] = useQuery({ query: FilterChoicesDocument });
  const set = (key: keyof ValidationFilter, value: string) => onChange({ ...filter, [key]: value || undefined });
  const date = (value: string) => (value ? new Date(`${value}T00:00:00Z`).toISOString() : '');
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        Rule
        <select
          value={filter.ruleCodes?.[0] ?? ''}
          onChange={(e) =>
            onChange({ ...filter, ruleCodes: e.currentTarget.value ? [e.currentTarget.value] : undefined })
          }
        >
          <option value="">Any</option>
          {rules.map((code) => (
            <option key={code}>{code}</option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select value={filter.severity ?? ''} onChange={(e) => set('severity', e.currentTarget.value)}>
          <option value="">Any</option>
          <option value="ERROR">Error</option>
          <option value="WARNING">Warning</option>
        </select>
      </label>
      <RecordTypeSelect value={filter.entityType} onChange={(entityType) => onChange({ ...filter, entityType })} />
      <label>
        Division
        <select value={filter.divisionId ?? ''} onChange={(e) => set('divisionId', e.currentTarget.value)}>
          <option value="">Any</option>
          {choices.data?.divisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Owner
        <select value={filter.ownerId ?? ''} onChange={(e) => set('ownerId', e.currentTarget.value)}>
          <option value="">Anyone</option>
          {choices.data?.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Created from
        <input
          type="date"
          value={filter.createdAfter?.slice(0, 10) ?? ''}
          onChange={(e) => set('createdAfter', date(e.currentTarget.value))}
        />
      </label>
      <label>
        Created before
        <input
          type="date"
          value={filter.createdBefore?.slice(0, 10) ?? ''}
          onChange={(e) => set('createdBefore', date(e.currentTarget.value))}
        />
      </label>
      <label>
        Search
        <input type="search" value={filter.search ?? ''} onChange={(e) => set('search', e.currentTarget.value)} />
      </label>
    </form>
  );
}

/** Fix all asks first, saying how many records it will touch. */
function FixAll({
  rule,
  filter,
  onDone,
}: {
  rule: RuleCount;
  filter: ValidationFilter;
  onDone: (text: string) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [result, fixAll] = useMutation(ApplyFixesDocument);
  const [error, setError] = useState<CombinedError | undefined>();
  const confirm = async () => {
    const { data, error } = await fixAll({ ruleCode: rule.code, filter });
    setError(error);
    setAsking(false);
    if (data)
      onDone(
        `Fixed ${data.applySuggestedFixes.changed} records for ${rule.code}; ${data.applySuggestedFixes.skipped} left alone (changed meanwhile or no suggestion accepted).`,
      );
  };
  return (
    <div class="fix-all">
      {!asking ? (
        <button type="button" onClick={() => setAsking(true)} disabled={rule.records === 0}>
          Fix all
        </button>
      ) : (
        <div role="group" aria-label="Confirm fix all">
          <p>
            This writes the suggested value of every open {rule.code} finding under the current filters:{' '}
            <strong>{rule.records} records</strong> ({rule.findings} findings). Findings without a suggestion stay open.
          </p>
          <button type="button" onClick={confirm} disabled={result.fetching}>
            Fix all {rule.records} records
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      )}
      {result.fetching && <Busy what="Fixing" />}
      <ErrorMessage error={error} />
    </div>
  );
}

/** Every page of the filtered report as CSV, one line per finding. */
function ExportCsv({ filter }: { filter: ValidationFilter }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const exportCsv = async () => {
    setBusy(true);
    setError(undefined);
    const rows: (string | null | undefined)[][] = [
      ['record type', 'record id', 'record', 'rule', 'severity', 'field', 'value', 'suggested value', 'message'],
    ];
    let after: string | undefined;
    for (;;) {
      const { data, error } = await client
        .query(ValidationReportDocument, { filter, first: 100, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (error || !data) {
        setError(error);
        break;
      }
      for (const { node } of data.validationErrors.edges)
        for (const f of node.findings)
          rows.push([
            recordType(node.record),
            node.record.id,
            recordLabel(node.record),
            f.code,
            f.severity,
            f.field,
            f.value,
            f.suggestedValue,
            f.message,
          ]);
      if (!data.validationErrors.pageInfo.hasNextPage) {
        download('validation-report.csv', toCsv(rows));
        break;
      }
      after = data.validationErrors.pageInfo.endCursor ?? undefined;
    }
    setBusy(false);
  };
  return (
    <>
      <button type="button" onClick={exportCsv} disabled={busy}>
        Export CSV
      </button>
      {busy && <Busy what="Exporting" />}
      <ErrorMessage error={error} />
    </>
  );
}
