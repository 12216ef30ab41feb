import { useMutation, useQuery } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useState, type MutableRef } from 'preact/hooks';
import { Busy, ErrorMessage } from '../components/status';
import { recordLabel } from '../records';
import { CLUSTER_FIELDS, fieldValue, movingOf, type Member } from './cluster-fields';
import { DismissDuplicatesDocument, DuplicateClusterDocument, MergeRecordsDocument } from './duplicate-documents';
import { PairEvidence } from './pair-evidence';

export interface ClusterActions {
  merge(): void;
  dismiss(): void;
}

/** A cluster side by side: one column per member, one row per field; click a cell to take its value. */
export function ClusterView({
  id,
  actionsRef,
  onResolved,
  onSkip,
}: {
  id: string;
  actionsRef: MutableRef<ClusterActions | null>;
  onResolved: (text: string, mergeId?: string) => void;
  onSkip: () => void;
}) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: DuplicateClusterDocument, variables: { id } });
  const [survivorChoice, setSurvivor] = useState<string | null>(null);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [actionError, setActionError] = useState<CombinedError | undefined>();
  const [mergeState, merge] = useMutation(MergeRecordsDocument);
  const [dismissState, dismiss] = useMutation(DismissDuplicatesDocument);
  const cluster = data?.node && 'members' in data.node ? data.node : null;
  if (!cluster) {
    actionsRef.current = null;
    if (fetching) return <Busy what="Loading the cluster" />;
    return error ? <ErrorMessage error={error} /> : <p>This cluster no longer exists.</p>;
  }
  const members = cluster.members as Member[];
  const type = members[0]?.__typename ?? 'Relation';
  const fields = CLUSTER_FIELDS[type] ?? [];
  const survivor = members.find((m) => m.id === (survivorChoice ?? cluster.suggestedSurvivor.id)) ?? members[0];
  const merged = members.filter((m) => m !== survivor);
  const suggested = Object.fromEntries(cluster.suggestedValues.map((v) => [v.field, v.from.id]));
  /** who the merged record takes a field from: the steward's click, else the suggestion, else the survivor's own or the first filled in */
  const sourceOf = (field: string): Member | undefined => {
    const chosen = members.find((m) => m.id === (picked[field] ?? suggested[field]));
    if (chosen && fieldValue(chosen, field) !== null) return chosen;
    return [survivor, ...merged].find((m) => fieldValue(m, field) !== null);
  };
  const busy = mergeState.fetching || dismissState.fetching;
  const refused = (error: CombinedError) => {
    setActionError(error);
    refetch({ requestPolicy: 'network-only' });
  };
  const doMerge = async () => {
    if (busy || cluster.status !== 'OPEN') return;
    const fieldValues = fields.flatMap((field) => {
      const from = sourceOf(field);
      return from ? [{ field, fromId: from.id }] : [];
    });
    const { data, error } = await merge({
      input: {
        survivorId: survivor.id,
        mergedIds: merged.map((m) => m.id),
        fieldValues,
        expectedVersions: members.map((m) => ({ id: m.id, version: m.version ?? 0 })),
      },
    });
    if (error) return refused(error);
    onResolved(
      `Merged ${merged.length} record${merged.length === 1 ? '' : 's'} into ${recordLabel(survivor)}.`,
      data!.mergeRecords.id,
    );
  };
  const doDismiss = async (pair?: [string, string]) => {
    if (busy || cluster.status !== 'OPEN') return;
    const { error } = await dismiss(pair ? { pairs: [pair] } : { clusterId: cluster.id });
    if (error) return refused(error);
    if (pair) {
      setActionError(undefined);
      refetch({ requestPolicy: 'network-only' });
    } else onResolved(`Dismissed ${cluster.label}: its records are not duplicates.`);
  };
  actionsRef.current = { merge: doMerge, dismiss: () => void doDismiss() };
  const moving = merged.flatMap(movingOf).reduce<Record<string, number>>((sum, { label, count }) => {
    sum[label] = (sum[label] ?? 0) + count;
    return sum;
  }, {});
  return (
    <article class="cluster" aria-labelledby="cluster-title">
      <h2 id="cluster-title">{cluster.label}</h2>
      <p>
        {cluster.memberCount} {type.toLowerCase()}s, weakest link {Math.round(cluster.score * 100)} %, {cluster.status}
      </p>
      {(fetching || busy) && <Busy what={busy ? 'Saving' : 'Loading'} />}
      <ErrorMessage error={actionError} />
      <div class="toolbar">
        <button type="button" onClick={doMerge} disabled={busy || cluster.status !== 'OPEN'}>
          Merge
        </button>
        <button type="button" onClick={() => doDismiss()} disabled={busy || cluster.status !== 'OPEN'}>
          Dismiss
        </button>
        <button type="button" onClick={onSkip}>
          Skip
        </button>
      </div>
      <div class="scroll">
        <table class="side-by-side">
          <caption>Members side by side: choose the survivor, and click a value to keep it</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              {members.map((m) => (
                <th scope="col" key={m.id}>
                  <label>
                    <input type="radio" name="survivor" checked={m === survivor} onChange={() => setSurvivor(m.id)} />{' '}
                    Survivor: {recordLabel(m as never)}
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const values = members.map((m) => fieldValue(m, field));
              const differs = new Set(values.filter((v) => v !== null)).size > 1;
              const source = sourceOf(field);
              return (
                <tr key={field} class={differs ? 'differs' : undefined}>
                  <th scope="row">
                    {field}
                    {differs && <span class="tag-differs"> differs</span>}
                  </th>
                  {members.map((m, i) => (
                    <td key={m.id} class={m === source ? 'chosen' : undefined}>
                      {values[i] === null ? (
                        <span class="muted">—</span>
                      ) : (
                        <button
                          type="button"
                          class="cell-button"
                          aria-pressed={m === source}
                          aria-label={`Keep ${field} ${values[i]} of ${recordLabel(m as never)}`}
                          onClick={() => setPicked({ ...picked, [field]: m.id })}
                        >
                          {values[i]}
                        </button>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
            <tr>
              <th scope="row">linked</th>
              {members.map((m) => (
                <td key={m.id}>
                  {movingOf(m)
                    .map(({ label, count }) => `${count} ${label}`)
                    .join(', ')}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <section aria-labelledby="preview-title" class="preview">
        <h3 id="preview-title">Preview of the merged record</h3>
        <dl class="fields">
          {fields.map((field) => {
            const source = sourceOf(field);
            return [
              <dt key={`${field}-t`}>{field}</dt>,
              <dd key={`${field}-d`}>
                {source ? fieldValue(source, field) : '—'}
                {source && source !== survivor && <span class="muted"> (from {recordLabel(source as never)})</span>}
              </dd>,
            ];
          })}
        </dl>
        <p>
          Moves to {recordLabel(survivor as never)}:{' '}
          {Object.entries(moving)
            .map(([label, count]) => `${count} ${label}`)
            .join(', ') || 'nothing linked'}
          . Values not kept stay on the survivor as alternate values; Undo on the Merges page restores everything.
        </p>
      </section>
      <section aria-labelledby="evidence-title">
        <h3 id="evidence-title">Why they match</h3>
        {cluster.pairs.map((pair) => (
          <PairEvidence
            key={`${pair.a.id}-${pair.b.id}`}
            pair={pair}
            labelOf={(pairId) => recordLabel((members.find((m) => m.id === pairId) ?? { id: pairId }) as never)}
            onDismiss={() => doDismiss([pair.a.id, pair.b.id])}
            disabled={busy || cluster.status !== 'OPEN'}
          />
        ))}
      </section>
    </article>
  );
}
