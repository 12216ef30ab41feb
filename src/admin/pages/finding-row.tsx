import { useMutation } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useState } from 'preact/hooks';
import type { FindingFieldsFragment, RecordSummaryFragment } from '../gql/graphql';
import { recordLabel, recordType } from '../records';
import { href } from '../route';
import {
  ApplyFixDocument,
  IgnoreFindingDocument,
  UpdateContactValueDocument,
  UpdateLeadValueDocument,
  UpdateRelationValueDocument,
} from './validation-documents';

export type ActionOutcome = { text: string } | { error: CombinedError };

/** One finding of the report: Fix (the suggestion, or a value typed in), Ignore with a reason. */
export function FindingRow({
  record,
  first,
  rows,
  finding,
  onOutcome,
}: {
  record: RecordSummaryFragment;
  first: boolean;
  rows: number;
  finding: FindingFieldsFragment;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const [mode, setMode] = useState<'none' | 'edit' | 'ignore'>('none');
  const [text, setText] = useState('');
  const [fixState, fix] = useMutation(ApplyFixDocument);
  const [ignoreState, ignore] = useMutation(IgnoreFindingDocument);
  const [lead, updateLead] = useMutation(UpdateLeadValueDocument);
  const [relation, updateRelation] = useMutation(UpdateRelationValueDocument);
  const [contact, updateContact] = useMutation(UpdateContactValueDocument);
  const busy = fixState.fetching || ignoreState.fetching || lead.fetching || relation.fetching || contact.fetching;
  const label = recordLabel(record);
  const report = (error: CombinedError | undefined, done: string) => onOutcome(error ? { error } : { text: done });
  const editable = !finding.field.includes('|') && finding.field !== '*';
  const save = async () => {
    const input = {
      id: record.id,
      expectedVersion: 'version' in record ? (record.version ?? 0) : 0,
      [finding.field]: text,
    };
    const type = recordType(record);
    const result =
      type === 'Lead'
        ? await updateLead({ input })
        : type === 'Relation'
          ? await updateRelation({ input })
          : await updateContact({ input });
    setMode('none');
    report(result.error, `Saved ${finding.field} of ${label}.`);
  };
  return (
    <tr>
      {first && (
        <th scope="row" rowSpan={rows}>
          <a href={href('record', record.id)}>{label}</a>
          <span class="muted"> {recordType(record)}</span>
        </th>
      )}
      <td>
        <span class={`severity severity-${finding.severity.toLowerCase()}`}>{finding.severity}</span> {finding.code}
      </td>
      <td>{finding.message}</td>
      <td class="value">{finding.value ?? <span class="muted">(empty)</span>}</td>
      <td class="value">{finding.suggestedValue ?? <span class="muted">none</span>}</td>
      <td>
        <div class="actions">
          {finding.suggestedValue != null && (
            <button
              type="button"
              disabled={busy}
              aria-label={`Fix ${finding.code} of ${label}`}
              onClick={async () =>
                report((await fix({ findingId: finding.id })).error, `Fixed ${finding.code} of ${label}.`)
              }
            >
              Fix
            </button>
          )}
          {editable && (
            <button type="button" disabled={busy} onClick={() => (setMode('edit'), setText(finding.value ?? ''))}>
              Edit value
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => (setMode('ignore'), setText(''))}>
            Ignore…
          </button>
          {mode !== 'none' && (
            <form
              class="inline-form"
              onSubmit={async (e) => {
                e.preventDefault();
                if (mode === 'edit') return save();
                const { error } = await ignore({ findingId: finding.id, reason: text });
                setMode('none');
                report(error, `Ignored ${finding.code} of ${label}.`);
              }}
            >
              <label>
                {mode === 'edit' ? `New ${finding.field}` : 'Reason for ignoring'}
                <input value={text} required={mode === 'ignore'} onInput={(e) => setText(e.currentTarget.value)} />
              </label>
              <button type="submit" disabled={busy}>
                {mode === 'edit' ? 'Save' : 'Ignore'}
              </button>
              <button type="button" onClick={() => setMode('none')}>
                Cancel
              </button>
            </form>
          )}
        </div>
      </td>
    </tr>
  );
}
