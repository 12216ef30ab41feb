import { useMutation, useQuery } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Pager, type PageArgs } from '../components/pager';
import { RecordTypeSelect } from '../components/record-type-select';
import { Busy, ErrorMessage, Notice } from '../components/status';
import type { DuplicateClusterFilter } from '../gql/graphql';
import { href, navigate } from '../route';
import { ClusterView, type ClusterActions } from './cluster-view';
import { DuplicateQueueDocument, UndoMergeDocument } from './duplicate-documents';

const PAGE = 25;
const SCORE_BANDS = [
  { label: 'Any', value: '' },
  { label: '95 % and more', value: '0.95' },
  { label: '90 % and more', value: '0.9' },
  { label: '75 % and more', value: '0.75' },
];

/** The queue of clusters, most certain first, beside the cluster under review; j/k/m/d/s/u/? drive it. */
export function DuplicatesPage({ clusterId }: { clusterId?: string }) {
  const [filter, setFilter] = useState<DuplicateClusterFilter>({});
  const [page, setPage] = useState<PageArgs>({ first: PAGE });
  const [queue, refetchQueue] = useQuery({ query: DuplicateQueueDocument, variables: { filter, ...page } });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [lastMerge, setLastMerge] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [undoState, undo] = useMutation(UndoMergeDocument);
  const actions = useRef<ClusterActions | null>(null);
  const ids = queue.data?.duplicateClusters.edges.map((edge) => edge.node.id) ?? [];
  const step = (by: number) => {
    const at = clusterId ? ids.indexOf(clusterId) : -1;
    const next = ids[Math.min(Math.max(at + by, 0), ids.length - 1)];
    if (next && next !== clusterId) navigate('duplicates', next);
  };
  const resolved = (text: string, mergeId?: string) => {
    setNotice(text);
    setError(undefined);
    if (mergeId) setLastMerge(mergeId);
    const at = clusterId ? ids.indexOf(clusterId) : -1;
    const next = ids.filter((id) => id !== clusterId)[Math.max(at, 0)];
    refetchQueue({ requestPolicy: 'network-only' });
    navigate('duplicates', next);
  };
  const undoLast = async () => {
    if (!lastMerge) return setNotice('There is no merge of this session to undo.');
    const { error } = await undo({ mergeId: lastMerge });
    setError(error);
    if (!error) {
      setLastMerge(null);
      setNotice('The last merge was undone: its records are back as they were.');
      refetchQueue({ requestPolicy: 'network-only' });
    }
  };
  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined);
  keys.current = (event) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    const act: Record<string, () => void> = {
      j: () => step(1),
      k: () => step(-1),
      s: () => step(1),
      m: () => actions.current?.merge(),
      d: () => actions.current?.dismiss(),
      u: () => void undoLast(),
      '?': () => setHelp((shown) => !shown),
      Escape: () => setHelp(false),
    };
    const action = act[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event);
    addEventListener('keydown', listener);
    return () => removeEventListener('keydown', listener);
  }, []);
  const change = (next: DuplicateClusterFilter) => {
    setFilter(next);
    setPage({ first: PAGE });
  };
  const connection = queue.data?.duplicateClusters;
  return (
    <section class="duplicates">
      <h1>Duplicates</h1>
      <p class="muted">
        Keys: j/k next/previous cluster, m merge, d dismiss, s skip, u undo last merge, ? all keys.{' '}
        <button type="button" onClick={() => setHelp(true)}>
          Show keys
        </button>
      </p>
      {help && <KeyHelp onClose={() => setHelp(false)} />}
      <Notice text={notice} />
      {lastMerge && (
        <button type="button" onClick={undoLast} disabled={undoState.fetching}>
          Undo last merge
        </button>
      )}
      <ErrorMessage error={error} />
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <RecordTypeSelect value={filter.entityType} onChange={(entityType) => change({ ...filter, entityType })} />
        <label>
          Status
          <select
            value={filter.status?.[0] ?? 'OPEN'}
            onChange={(e) => change({ ...filter, status: [e.currentTarget.value as never] })}
          >
            <option value="OPEN">Open</option>
            <option value="MERGED">Merged</option>
            <option value="DISMISSED">Dismissed</option>
          </select>
        </label>
        <label>
          Score
          <select
            value={filter.minScore?.toString() ?? ''}
            onChange={(e) =>
              change({ ...filter, minScore: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })
            }
          >
            {SCORE_BANDS.map((band) => (
              <option key={band.value} value={band.value}>
                {band.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search
          <input
            type="search"
            value={filter.search ?? ''}
            onChange={(e) => change({ ...filter, search: e.currentTarget.value || undefined })}
          />
        </label>
      </form>
      {queue.fetching && <Busy />}
      <ErrorMessage error={queue.error} />
      <div class="review">
        {connection && (
          <nav aria-label="Cluster queue" class="queue">
            {connection.edges.length === 0 ? (
              <p>No clusters under these filters.</p>
            ) : (
              <ol>
                {connection.edges.map(({ node }) => (
                  <li key={node.id}>
                    <a href={href('duplicates', node.id)} aria-current={node.id === clusterId ? 'true' : undefined}>
                      {node.label}
                    </a>{' '}
                    <span class="muted">
                      {Math.round(node.score * 100)} %, {node.memberCount} {node.entityType.toLowerCase()}s
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <Pager info={connection.pageInfo} size={PAGE} total={connection.totalCount} onPage={setPage} />
          </nav>
        )}
        {clusterId ? (
          <ClusterView
            key={clusterId}
            id={clusterId}
            actionsRef={actions}
            onResolved={resolved}
            onSkip={() => step(1)}
          />
        ) : (
          <p>Choose a cluster from the queue to review it.</p>
        )}
      </div>
    </section>
  );
}

function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <div class="key-help" role="dialog" aria-label="Keyboard keys">
      <h2>Keys</h2>
      <dl>
        <dt>j / k</dt>
        <dd>next / previous cluster</dd>
        <dt>m</dt>
        <dd>merge the cluster as chosen</dd>
        <dt>d</dt>
        <dd>dismiss: not duplicates</dd>
        <dt>s</dt>
        <dd>skip to the next cluster</dd>
        <dt>u</dt>
        <dd>undo the last merge</dd>
        <dt>?</dt>
        <dd>show or hide these keys</dd>
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
