import { useQuery } from '@urql/preact';
import { href } from '../../route';
import { ConvertedLeadDocument } from './documents';
import { RecordLink } from './record-link';

/** Where a closed lead went: a wizard opened for it, or one someone else converted (or rejected) first. */
export function LeadClosed({ leadId }: { leadId: string }) {
  const [{ data }] = useQuery({
    query: ConvertedLeadDocument,
    variables: { id: leadId },
    requestPolicy: 'network-only',
  });
  const lead = data?.node && 'status' in data.node ? data.node : null;
  if (!lead) return null;
  return (
    <p role="status">
      The lead is {lead.status.toLowerCase()}
      {lead.relation && (
        <>
          {' '}
          into <RecordLink id={lead.relation.id}>{lead.relation.name}</RecordLink>
        </>
      )}
      {lead.rejectionReason && ` (${lead.rejectionReason})`}. <a href={href('leads', leadId)}>Open the lead</a>
    </p>
  );
}
