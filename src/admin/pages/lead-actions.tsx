import type { CombinedError } from '@urql/core';
import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { explain } from '../errors';
import type { InboxLeadFragment } from '../gql/graphql';
import { recordLabel } from '../records';
import { href } from '../route';
import {
  AssignLeadDocument,
  ColleaguesDocument,
  QuickConvertLeadDocument,
  RejectLeadDocument,
  TakeLeadDocument,
} from './lead-documents';

export interface ActionOutcome {
  /** the lead as the API answered it, when the action went through */
  lead?: InboxLeadFragment;
  text: string;
  error?: boolean;
  /** a link to what the action made */
  link?: { href: string; text: string };
}

/** A refusal in the API's words: CONFLICT here means the lead's state forbids the action, not a race. */
function refusal(error: CombinedError): string {
  const first = error.graphQLErrors[0];
  return first?.extensions?.code === 'CONFLICT' ? `Refused: ${first.message}` : explain(error).text;
}

const isOpen = (lead: InboxLeadFragment) => lead.status === 'NEW' || lead.status === 'IN_PROGRESS';

/** Take, Assign…, Reject…, Quick convert, Convert… and Open for one lead. */
export function LeadActions({
  lead,
  onOutcome,
  linkToLead = true,
}: {
  lead: InboxLeadFragment;
  onOutcome: (outcome: ActionOutcome) => void;
  linkToLead?: boolean;
}) {
  const label = recordLabel(lead);
  const [open, setOpen] = useState<'assign' | 'reject' | null>(null);
  const [take, takeLead] = useMutation(TakeLeadDocument);
  const [assign, assignLead] = useMutation(AssignLeadDocument);
  const [reject, rejectLead] = useMutation(RejectLeadDocument);
  const [convert, quickConvert] = useMutation(QuickConvertLeadDocument);
  const busy = take.fetching || assign.fetching || reject.fetching || convert.fetching;
  const report = (error: CombinedError | undefined, changed: InboxLeadFragment | undefined, text: string) => {
    if (error) onOutcome({ text: refusal(error), error: true });
    else onOutcome({ lead: changed, text });
    if (!error) setOpen(null);
  };
  return (
    <div class="actions">
      {linkToLead && (
        <a href={href('leads', lead.id)} aria-label={`Open ${label}`}>
          Open
        </a>
      )}
      {isOpen(lead) && (
        <>
          <button
            type="button"
            disabled={busy}
            aria-label={`Take ${label}`}
            onClick={async () => {
              const { data, error } = await takeLead({ leadId: lead.id });
              report(error, data?.takeLead, `You took ${label}.`);
            }}
          >
            Take
          </button>
          <button
            type="button"
            disabled={busy}
            aria-expanded={open === 'assign'}
            aria-label={`Assign ${label}…`}
            onClick={() => setOpen(open === 'assign' ? null : 'assign')}
          >
            Assign…
          </button>
          <button
            type="button"
            disabled={busy}
            aria-label={`Quick convert ${label}`}
            onClick={async () => {
              const { data, error } = await quickConvert({ leadId: lead.id });
              const result = data?.quickConvertLead;
              if (error || !result) return report(error, undefined, '');
              const made = [
                result.relation &&
                  `relation ${result.relation.name}${result.relation.customerNumber ? ` (${result.relation.customerNumber})` : ''}`,
                result.contact && `contact ${recordLabel(result.contact)}`,
                result.deal && `deal ${result.deal.title}`,
              ].filter(Boolean);
              onOutcome({
                lead: result.lead,
                text: `Converted ${label} into ${made.join(', ')}.`,
                link: { href: href('leads', lead.id), text: 'See what it became' },
              });
            }}
          >
            Quick convert
          </button>
          <a href={href('convert', lead.id)} aria-label={`Convert ${label}…`}>
            Convert…
          </a>
        </>
      )}
      {lead.status !== 'REJECTED' && (
        <button
          type="button"
          disabled={busy}
          aria-expanded={open === 'reject'}
          aria-label={`Reject ${label}…`}
          onClick={() => setOpen(open === 'reject' ? null : 'reject')}
        >
          Reject…
        </button>
      )}
      {open === 'assign' && (
        <AssignForm
          lead={lead}
          busy={busy}
          onAssign={async (userId, name) => {
            const { data, error } = await assignLead({ leadId: lead.id, userId });
            report(error, data?.assignLead, `Assigned ${label} to ${name}.`);
          }}
        />
      )}
      {open === 'reject' && (
        <form
          class="inline-form"
          onSubmit={async (event) => {
            event.preventDefault();
            const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
            const { data, error } = await rejectLead({ leadId: lead.id, reason });
            report(error, data?.rejectLead, `Rejected ${label}.`);
          }}
        >
          <label>
            Reason for rejecting {label}
            <input name="reason" required maxLength={500} />
          </label>
          <button type="submit" disabled={busy}>
            Reject
          </button>
        </form>
      )}
    </div>
  );
}

function AssignForm({
  lead,
  busy,
  onAssign,
}: {
  lead: InboxLeadFragment;
  busy: boolean;
  onAssign: (userId: string, name: string) => void;
}) {
  const [{ data, error }] = useQuery({ query: ColleaguesDocument, variables: { divisionId: lead.division?.id } });
  const users = data?.users ?? [];
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const userId = String(new FormData(event.currentTarget).get('userId'));
        const user = users.find((u) => u.id === userId);
        if (user) onAssign(user.id, user.name);
      }}
    >
      {error && <span role="alert">{explain(error).text}</span>}
      <label>
        Assign {recordLabel(lead)} to
        <select name="userId" required>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.role})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy || users.length === 0}>
        Assign
      </button>
    </form>
  );
}
