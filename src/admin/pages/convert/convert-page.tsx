import { useMutation, useQuery } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Busy, ErrorMessage, Notice } from '../../components/status';
import { explain } from '../../errors';
import type { ConvertLeadMutation } from '../../gql/graphql';
import { CaseStep } from './case-step';
import { conflictText } from './conflict-text';
import { ContactStep } from './contact-step';
import { CustomerStep } from './customer-step';
import { ConversionPreviewDocument, ConvertLeadDocument, DivisionUsersDocument } from './documents';
import { LeadClosed } from './lead-closed';
import {
  conversionInput,
  defaultContact,
  defaultPlan,
  personName,
  type ContactPlan,
  type Plan,
  type Preview,
  type RelationPlan,
} from './plan';
import { ConversionDone, Summary } from './summary';

const STEPS = ['Customer', 'Contact person', 'Case and follow-up', 'Summary'];

const relationKey = (relation: RelationPlan | null) =>
  relation?.choice === 'EXISTING' ? relation.relationId : (relation?.choice ?? null);

/** The conversion wizard (#/convert/<lead id>): customer, contact person, case, then a summary to convert from. */
export function ConvertPage({ leadId }: { leadId: string }) {
  const [plan, setPlan] = useState<Plan | null>(null);
  // the contact step's default waits for the preview of the relation chosen
  const [contactPending, setContactPending] = useState(true);
  const [step, setStep] = useState(0);
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<CombinedError | undefined>();
  const [done, setDone] = useState<ConvertLeadMutation['convertLead'] | null>(null);
  const relationId = plan?.relation?.choice === 'EXISTING' ? plan.relation.relationId : undefined;
  const contactId = plan?.contact?.choice === 'EXISTING' ? plan.contact.contactId : undefined;
  const [{ data, fetching, stale, error }, reload] = useQuery({
    query: ConversionPreviewDocument,
    variables: { leadId, relationId, contactId },
    pause: Boolean(done),
  });
  const [converting, convert] = useMutation(ConvertLeadDocument);
  const shown = useRef<Preview | null>(null);
  // after a CONFLICT the wizard starts again from the preview fetched since, never from the one it had
  const outdated = useRef<Preview | null>(null);
  const fresh =
    data && !fetching && !stale && data.conversionPreview !== outdated.current ? data.conversionPreview : null;
  if (data) shown.current = data.conversionPreview;
  const preview = error ? null : (data?.conversionPreview ?? shown.current);
  const [users] = useQuery({
    query: DivisionUsersDocument,
    variables: { divisionId: preview?.lead.division?.id },
    pause: !preview,
  });

  useEffect(() => {
    if (!fresh) return;
    if (!plan) return setPlan(defaultPlan(fresh));
    const relation = plan.relation;
    if (!contactPending || !relation) return;
    if (relation.choice === 'EXISTING' && fresh.relation?.id !== relation.relationId) return;
    setPlan({ ...plan, contact: defaultContact(fresh, relation) });
    setContactPending(false);
  }, [fresh, plan, contactPending]);

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step, done]);

  if (done) return <ConversionDone result={done} />;
  if (error) {
    const closed = explain(error).code === 'CONFLICT';
    return (
      <section>
        <h1>Convert the lead</h1>
        <Notice text={conflict} />
        {closed ? <LeadClosed leadId={leadId} /> : <ErrorMessage error={error} />}
      </section>
    );
  }
  if (!preview || !plan) return <Busy what="Loading what the conversion offers" />;

  const { lead } = preview;
  const update = (change: Partial<Plan>) => setPlan({ ...plan, ...change });
  const chooseRelation = (relation: RelationPlan) => {
    if (relationKey(relation) === relationKey(plan.relation)) return update({ relation });
    // another customer: its people and open deals are others
    update({ relation, contact: null, deal: plan.deal.choice === 'EXISTING' ? { choice: 'NONE' } : plan.deal });
    setContactPending(true);
  };
  const chooseContact = (contact: ContactPlan) =>
    update({ contact, deal: plan.deal.choice === 'EXISTING' ? { choice: 'NONE' } : plan.deal });
  const ready =
    plan.relation && plan.contact && !contactPending
      ? { ...plan, relation: plan.relation, contact: plan.contact }
      : null;
  const canGoOn = step === 0 ? Boolean(plan.relation) : step === 1 ? Boolean(ready) : true;
  const userList = users.data?.users ?? [];
  const nameOf = (id: string) =>
    userList.find((u) => u.id === id)?.name ?? (id === preview.defaultManager.id ? preview.defaultManager.name : id);

  const submit = async () => {
    if (!ready) return;
    setConflict(null);
    setFailure(undefined);
    const answer = await convert({ input: conversionInput(lead, ready) });
    if (answer.data) return setDone(answer.data.convertLead);
    if (answer.error && explain(answer.error).code === 'CONFLICT') {
      // someone converted or edited the lead first: start again from what is stored now
      setConflict(conflictText(answer.error));
      outdated.current = preview;
      setPlan(null);
      setContactPending(true);
      setStep(0);
      reload({ requestPolicy: 'network-only' });
    } else setFailure(answer.error);
  };

  return (
    <section class="wizard">
      <h1>
        Convert the lead {lead.companyName ?? personName(lead)}
        {lead.companyName && personName(lead) ? ` (${personName(lead)})` : ''}
      </h1>
      <ol class="steps">
        {STEPS.map((name, index) => (
          <li key={name} aria-current={index === step ? 'step' : undefined}>
            {name}
          </li>
        ))}
      </ol>
      <Notice text={conflict} />
      <h2 ref={heading} tabIndex={-1}>
        Step {step + 1} of {STEPS.length}: {STEPS[step]}
      </h2>
      {fetching && <Busy what="Updating the choices" />}
      {step === 0 && <CustomerStep preview={preview} plan={plan.relation} onChange={chooseRelation} />}
      {step === 1 &&
        plan.relation &&
        // never the people of the relation chosen before
        (contactPending ? (
          <Busy what="Loading the people at this relation" />
        ) : (
          <ContactStep preview={preview} relation={plan.relation} plan={plan.contact} onChange={chooseContact} />
        ))}
      {step === 2 && (
        <CaseStep
          preview={preview}
          openDeals={data?.conversionPreview.openDeals ?? []}
          users={userList}
          deal={plan.deal}
          activity={plan.activity}
          onDeal={(deal) => update({ deal })}
          onActivity={(activity) => update({ activity })}
        />
      )}
      {step === 3 && ready && <Summary preview={preview} plan={ready} nameOf={nameOf} />}
      <ErrorMessage error={failure} />
      <div class="actions">
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        {step < STEPS.length - 1 ? (
          <button type="button" onClick={() => setStep(step + 1)} disabled={!canGoOn}>
            Next
          </button>
        ) : (
          <button type="button" onClick={submit} disabled={!ready || converting.fetching}>
            Convert
          </button>
        )}
        {!canGoOn && (
          <span class="muted">
            {step === 0 ? 'Choose the customer to go on.' : 'Choose the contact person to go on.'}
          </span>
        )}
        {converting.fetching && <Busy what="Converting" />}
      </div>
    </section>
  );
}
