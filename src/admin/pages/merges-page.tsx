import { useMutation, useQuery } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useState } from 'preact/hooks';
import { Pager, type PageArgs } from '../components/pager';
import { RecordTypeSelect } from '../components/record-type-select';
import { Busy, ErrorMessage, Notice } from '../components/status';
import { graphql } from '../gql';
import type { MergeFilter } from '../gql/graphql';
import { recordLabel } from '../records';
import { href } from '../route';
import { UndoMergeDocument } from './duplicate-documents';

const PAGE = 20;

const MergeLogDocument = graphql(`
  query MergeLog($filter: MergeFilter, $first: Int, $after: String, $last: Int, $before: String) {
    merges(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          id
          entityType
          createdAt
          undoneAt
          createdBy {
            name
          }
          undoneBy {
            name
          }
          survivor {
            ...RecordSummary
          }
          merged {
            ...RecordSummary
          }
          fieldValues {
            field
            value
          }
        }
      }
    }
  }
`);

const when = (iso: string) => new Date(iso).toLocaleString();

/** Every merge, newest first, with Undo; a refused undo says why. */
export function MergesPage() {
  const [filter, setFilter] = useState<MergeFilter>({});
  const [page, setPage] = useState<PageArgs>({ first: PAGE });
  const [log, refetch] = useQuery({ query: MergeLogDocument, variables: { filter, ...page } });
  const [undoState, undo] = useMutation(UndoMergeDocument);
  const [error, setError] = useState<CombinedError | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const undoMerge = async (id: string, label: string) => {
    const { error } = await undo({ mergeId: id });
    setError(error);
    setNotice(error ? null : `Undone: ${label} and the records merged into it are back as they were.`);
    refetch({ requestPolicy: 'network-only' });
  };
  const connection = log.data?.merges;
  return (
    <section>
      <h1>Merges</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <RecordTypeSelect
          value={filter.entityType}
          onChange={(entityType) => (setFilter({ ...filter, entityType }), setPage({ first: PAGE }))}
        />
        <label>
          State
          <select
            value={filter.undone == null ? '' : String(filter.undone)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setFilter({ ...filter, undone: value === '' ? undefined : value === 'true' });
              setPage({ first: PAGE });
            }}
          >
            <option value="">Any</option>
            <option value="false">In force</option>
            <option value="true">Undone</option>
          </select>
        </label>
      </form>
      <Notice text={notice} />
      <ErrorMessage error={error ?? log.error} />
      {(log.fetching || undoState.fetching) && <Busy />}
      {connection && (
        <>
          {connection.edges.length === 0 ? (
            <p>No merges yet.</p>
          ) : (
            <div class="scroll">
              <table>
                <caption>Merges, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When and who</th>
                    <th scope="col">Survivor</th>
                    <th scope="col">Merged records</th>
                    <th scope="col">Fields set</th>
                    <th scope="col">Undo</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => {
                    const label = recordLabel(node.survivor);
                    return (
                      <tr key={node.id}>
                        <td>
                          {when(node.createdAt)}
                          <br />
                          {node.createdBy?.name ?? 'someone'}
                        </td>
                        <th scope="row">
                          <a href={href('record', node.survivor.id)}>{label}</a>
                        </th>
                        <td>
                          <ul class="plain">
                            {node.merged.map((m) => (
                              <li key={m.id}>
                                <a href={href('record', m.id)}>{recordLabel(m)}</a>
                              </li>
                            ))}
                          </ul>
                        </td>
                        <td>
                          <ul class="plain">
                            {node.fieldValues.map((v) => (
                              <li key={v.field}>
                                {v.field}: <span class="value">{v.value ?? '(empty)'}</span>
                              </li>
                            ))}
                          </ul>
                        </td>
                        <td>
                          {node.undoneAt ? (
                            `Undone ${when(node.undoneAt)} by ${node.undoneBy?.name ?? 'someone'}`
                          ) : (
                            <button
                              type="button"
                              disabled={undoState.fetching}
                              aria-label={`Undo the merge into ${label}`}
                              onClick={() => undoMerge(node.id, label)}
                            >
                              Undo
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
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
