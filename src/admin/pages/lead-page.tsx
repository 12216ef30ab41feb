import { useQuery } from '@urql/preact';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { Busy, ErrorMessage } from '../components/status';
import { graphql } from '../gql';
import { recordLabel } from '../records';
import { href } from '../route';
import { LeadActions, type ActionOutcome } from './lead-actions';

const LeadDocument = graphql(`
  query LeadPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Lead {
        ...InboxLead
        externalId
        ...LeadCompanyAddress
        birthDate
        message
        convertedAt
        updatedAt
        createdBy {
          name
        }
        activities(first: 100) {
          totalCount
          edges {
            node {
              id
              type
              subject
              body
              dueAt
              doneAt
              owner {
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** Data-quality figures of the lead: the API shows them to data stewards only. */
const LeadQualityDocument = graphql(`
  query LeadQuality($id: ID!) {
    node(id: $id) {
      ... on Lead {
        id
        findings {
          ...FindingFields
        }
      }
    }
    duplicatesOf(id: $id) {
      score
      reasons
      record {
        ...RecordSummary
      }
    }
  }
`);

/** The customers an open lead may be, as conversion would offer them: every role that may convert sees these. */
const LeadCandidatesDocument = graphql(`
  query LeadCandidates($id: ID!) {
    conversionPreview(leadId: $id) {
      relationCandidates {
        name
        score
        reasons
        automatic
        division {
          name
        }
      }
    }
  }
`);

const FIELDS = [
  ['kind', 'Kind'],
  ['source', 'Source'],
  ['externalId', 'Id in its source'],
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['companyName', 'Company'],
  ['registrationNumber', 'Registration number'],
  ['street', 'Street'],
  ['postalCode', 'Postal code'],
  ['city', 'City'],
  ['country', 'Country'],
  ['website', 'Website'],
  ['birthDate', 'Birth date'],
  ['message', 'Message'],
] as const;

const when = (iso: string) => new Date(iso).toLocaleString();
const percent = (score: number) => `${Math.round(score * 100)} %`;

/** A lead with its fields, activities and tags, what it may duplicate and, once converted, what it became. */
export function LeadPage({ id, steward }: { id: string; steward: boolean }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: LeadDocument, variables: { id } });
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const lead = data?.node?.__typename === 'Lead' ? data.node : null;
  if (fetching && !lead) return <Busy />;
  if (error) return <ErrorMessage error={error} />;
  if (!lead) return <p>There is no lead with this id.</p>;
  const open = lead.status === 'NEW' || lead.status === 'IN_PROGRESS';
  return (
    <section>
      <h1>Lead: {recordLabel(lead)}</h1>
      <p>
        {lead.status.replace('_', ' ').toLowerCase()}
        {lead.rejectionReason && ` (${lead.rejectionReason})`}, received {when(lead.createdAt)}
        {lead.createdBy && ` from ${lead.createdBy.name}`}, owner {lead.owner?.name ?? 'none'}
        {lead.division && `, division ${lead.division.name}`}.
      </p>
      {outcome && (
        <p class={outcome.error ? 'error' : 'notice'} role={outcome.error ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
      <LeadActions
        lead={lead}
        linkToLead={false}
        onOutcome={(next) => {
          setOutcome(next);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
      {lead.status === 'CONVERTED' && (
        <>
          <h2>What it became</h2>
          <ul>
            {lead.relation && <li>Relation: {recordLabel(lead.relation)}</li>}
            {lead.contact && <li>Contact person: {recordLabel(lead.contact)}</li>}
            {lead.deal && <li>Deal: {lead.deal.title}</li>}
            {lead.convertedAt && <li>Converted {when(lead.convertedAt)}</li>}
          </ul>
        </>
      )}
      <h2>Fields</h2>
      <dl class="fields">
        {FIELDS.filter(([field]) => lead[field]).map(([field, name]) => (
          <Fragment key={field}>
            <dt>{name}</dt>
            <dd class="value">{lead[field]}</dd>
          </Fragment>
        ))}
      </dl>
      <h2>Tags</h2>
      <p>{lead.tags.length ? lead.tags.map((tag) => tag.name).join(', ') : 'None.'}</p>
      <h2>Activities</h2>
      {lead.activities.edges.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {lead.activities.edges.map(({ node }) => (
            <li key={node.id}>
              {node.type.toLowerCase()}: {node.subject}
              {node.dueAt && `, due ${when(node.dueAt)}`}
              {node.doneAt && `, done ${when(node.doneAt)}`}
              {node.owner && ` (${node.owner.name})`}
              {node.body && <div class="value">{node.body}</div>}
            </li>
          ))}
        </ul>
      )}
      {open && <Candidates id={id} />}
      {steward ? <Quality id={id} /> : <p>Validation findings and possible duplicates are shown to data stewards.</p>}
    </section>
  );
}

function Candidates({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: LeadCandidatesDocument, variables: { id } });
  const candidates = data?.conversionPreview.relationCandidates;
  return (
    <>
      <h2>Customers it may be</h2>
      <ErrorMessage error={error} />
      {candidates &&
        (candidates.length === 0 ? (
          <p>None: converting it creates a new relation.</p>
        ) : (
          <ul>
            {candidates.map((c) => (
              <li key={`${c.name}-${c.score}`}>
                {c.name} ({c.division?.name ?? 'no division'}): {percent(c.score)}, {c.reasons.join(', ')}
                {c.automatic && ' — taken automatically'}
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

function Quality({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: LeadQualityDocument, variables: { id } });
  const findings = data?.node && 'findings' in data.node ? data.node.findings : [];
  return (
    <>
      <h2>Validation findings</h2>
      <ErrorMessage error={error} />
      {findings.length === 0 ? (
        <p>None open.</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li key={f.id}>
              {f.code} ({f.severity.toLowerCase()}) on {f.field}: {f.message}
            </li>
          ))}
        </ul>
      )}
      <h2>Possible duplicates</h2>
      {!data?.duplicatesOf.length ? (
        <p>None found.</p>
      ) : (
        <ul>
          {data.duplicatesOf.map((d) => (
            <li key={d.record.id}>
              <a href={href('record', d.record.id)}>{recordLabel(d.record)}</a>: {percent(d.score)},{' '}
              {d.reasons.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
