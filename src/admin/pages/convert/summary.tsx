import { useEffect, useRef } from 'preact/hooks';
import type { ConvertLeadMutation } from '../../gql/graphql';
import { href } from '../../route';
import { ACTIVITY_LABELS } from './case-step';
import { CONTACT_FIELD_LABELS } from './contact-step';
import { RecordLink } from './record-link';
import { personName, type ContactPlan, type Plan, type Preview, type RelationPlan } from './plan';

type Complete = Plan & { relation: RelationPlan; contact: ContactPlan };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What Convert will create, move and change, in the words of the steps before. */
export function Summary({
  preview,
  plan,
  nameOf,
}: {
  preview: Preview;
  plan: Complete;
  nameOf: (userId: string) => string;
}) {
  const { lead } = preview;
  const { relation, contact, deal, activity } = plan;
  const series =
    relation.choice === 'CREATE' ? preview.numberSeries.find((s) => s.series.id === relation.numberSeriesId) : null;
  const contactName = contact.choice === 'EXISTING' ? contact.name : personName(lead);
  const openDeal = deal.choice === 'EXISTING' ? preview.openDeals.find((d) => d.id === deal.dealId) : null;
  const movesTo = contact.choice === 'NONE' ? 'the relation' : contactName;
  const differences =
    contact.choice === 'EXISTING'
      ? (preview.contactCandidates.find((c) => c.contact?.id === contact.contactId)?.differences ?? []).filter((d) =>
          contact.takeFromLead.includes(d.field),
        )
      : [];
  return (
    <dl class="summary">
      <dt>Customer</dt>
      <dd>
        {relation.choice === 'EXISTING'
          ? `Existing relation ${relation.name}`
          : `New relation ${relation.fields.name}${series ? `, customer number ${series.nextCustomerNumber} (${series.series.name})` : ''}`}
      </dd>
      <dt>Contact person</dt>
      <dd>
        {contact.choice === 'NONE'
          ? 'None'
          : contact.choice === 'CREATE'
            ? `New contact person ${contactName}`
            : `Existing contact person ${contactName}`}
        {differences.length > 0 && (
          <ul>
            {differences.map((d) => (
              <li key={d.field}>
                {CONTACT_FIELD_LABELS[d.field]} changes from {d.contactValue ?? '(empty)'} to {d.leadValue}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Case</dt>
      <dd>
        {deal.choice === 'NONE'
          ? 'None'
          : deal.choice === 'EXISTING'
            ? `The lead joins the open deal ${openDeal?.title ?? ''}`
            : `New deal ${deal.title.trim() || lead.companyName || personName(lead)} in ${preview.pipelines.find((p) => p.id === deal.pipelineId)?.name}, stage ${deal.stage}${deal.value.trim() ? `, worth ${Number(deal.value).toLocaleString()}` : ''}, case manager ${nameOf(deal.managerId)}`}
      </dd>
      <dt>Follow-up</dt>
      <dd>
        {activity.choice === 'NONE'
          ? 'None'
          : `${ACTIVITY_LABELS[activity.type]} ${activity.subject.trim() ? `"${activity.subject.trim()}" ` : ''}due ${activity.dueDate || 'now'}, for ${nameOf(activity.ownerId)}`}
      </dd>
      <dt>Moves</dt>
      <dd>
        {count(lead.activities.totalCount, 'activity', 'activities')} and{' '}
        {count(lead.attachments.totalCount, 'attachment', 'attachments')} move to {movesTo}
        {lead.tags.length > 0 ? `; the tags ${lead.tags.map((t) => t.name).join(', ')} are copied there` : ''}.
      </dd>
      <dt>The lead</dt>
      <dd>Becomes converted; this cannot be undone.</dd>
    </dl>
  );
}

/** The records the conversion made or used, each a link to its page. */
export function ConversionDone({ result }: { result: ConvertLeadMutation['convertLead'] }) {
  const { relation, contact, deal, activity } = result;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="converted-heading">
      <h1 id="converted-heading" ref={heading} tabIndex={-1}>
        Converted
      </h1>
      <ul>
        <li>
          Customer: <RecordLink id={relation.id}>{relation.name}</RecordLink>
          {relation.customerNumber && ` (customer number ${relation.customerNumber})`}
        </li>
        {contact && (
          <li>
            Contact person: <RecordLink id={contact.id}>{personName(contact)}</RecordLink>
          </li>
        )}
        {deal && (
          <li>
            Deal: {deal.title} ({deal.stage})
          </li>
        )}
        {activity && (
          <li>
            Follow-up: {activity.subject}
            {activity.dueAt && `, due ${new Date(activity.dueAt).toLocaleString()}`}
          </li>
        )}
        <li>
          <a href={href('leads', result.lead.id)}>Open the converted lead</a>
        </li>
      </ul>
    </section>
  );
}
