import { useQuery } from '@urql/preact';
import { Busy, ErrorMessage } from '../components/status';
import { graphql } from '../gql';
import { recordLabel, recordType } from '../records';
import { href } from '../route';

const RecordDocument = graphql(`
  query RecordPage($id: ID!) {
    node(id: $id) {
      ...RecordSummary
      ... on Lead {
        email
        phone
        findings(includeIgnored: true) {
          ...FindingFields
        }
        mergedInto {
          ...RecordSummary
        }
      }
      ... on Relation {
        email
        phone
        findings(includeIgnored: true) {
          ...FindingFields
        }
        mergedInto {
          ...RecordSummary
        }
      }
      ... on Contact {
        email
        phone
        findings(includeIgnored: true) {
          ...FindingFields
        }
        mergedInto {
          ...RecordSummary
        }
      }
    }
  }
`);

/** A record with all its findings; a merged record's id leads on to its survivor. */
export function RecordPage({ id }: { id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: RecordDocument, variables: { id } });
  const node = data?.node;
  if (fetching && !node) return <Busy />;
  if (error) return <ErrorMessage error={error} />;
  if (!node || !('findings' in node)) return <p>There is no lead, relation or contact with this id.</p>;
  return (
    <section>
      <h1>
        {recordType(node)}: {recordLabel(node)}
      </h1>
      {node.mergedInto && (
        <p class="notice">
          This record was merged into <a href={href('record', node.mergedInto.id)}>{recordLabel(node.mergedInto)}</a>.
        </p>
      )}
      <dl class="fields">
        <dt>E-mail</dt>
        <dd>{node.email ?? '—'}</dd>
        <dt>Phone</dt>
        <dd>{node.phone ?? '—'}</dd>
        <dt>Status</dt>
        <dd>{'leadStatus' in node ? node.leadStatus : node.status}</dd>
      </dl>
      <h2>Findings</h2>
      {node.findings.length === 0 ? (
        <p>No findings.</p>
      ) : (
        <ul>
          {node.findings.map((f) => (
            <li key={f.id}>
              {f.code} ({f.severity}): {f.message}
              {f.ignored ? ` — ignored: ${f.ignoredReason ?? ''}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
