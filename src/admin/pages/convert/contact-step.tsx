import type { ContactField } from '../../gql/graphql';
import { percent, readableReasons } from './match-reasons';
import { personName, type ContactPlan, type Preview, type RelationPlan } from './plan';

export const CONTACT_FIELD_LABELS: Record<ContactField, string> = {
  FIRST_NAME: 'First name',
  LAST_NAME: 'Last name',
  EMAIL: 'E-mail',
  PHONE: 'Phone',
  BIRTH_DATE: 'Birth date',
};

/** Step 2: the person at the chosen relation; for an existing one, per differing detail whose value to keep. */
export function ContactStep({
  preview,
  relation,
  plan,
  onChange,
}: {
  preview: Preview;
  relation: RelationPlan;
  plan: ContactPlan | null;
  onChange: (plan: ContactPlan) => void;
}) {
  const { lead } = preview;
  const leadPerson = personName(lead);
  const candidates = relation.choice === 'EXISTING' ? preview.contactCandidates : [];
  const chosen = plan?.choice === 'EXISTING' ? plan : null;
  const differences = candidates.find((c) => chosen && c.contact?.id === chosen.contactId)?.differences ?? [];
  const take = (field: ContactField, fromLead: boolean) =>
    chosen &&
    onChange({
      ...chosen,
      takeFromLead: fromLead
        ? [...chosen.takeFromLead.filter((f) => f !== field), field]
        : chosen.takeFromLead.filter((f) => f !== field),
    });
  return (
    <>
      <fieldset>
        <legend>The contact person at {relation.choice === 'EXISTING' ? relation.name : 'the new relation'}</legend>
        {relation.choice === 'EXISTING' && candidates.length === 0 && (
          <p>Nobody at this relation resembles the lead.</p>
        )}
        <ul class="choices">
          {candidates.map((c, index) => {
            const id = c.contact?.id;
            return (
              <li key={id ?? `restricted-${index}`}>
                <label>
                  <input
                    type="radio"
                    name="contact"
                    disabled={!id}
                    checked={chosen?.contactId === id}
                    onChange={() =>
                      id && onChange({ choice: 'EXISTING', contactId: id, name: c.name, takeFromLead: [] })
                    }
                  />
                  <strong>{c.name}</strong> {percent(c.score)}: {readableReasons(c.reasons, lead.country)}
                  {c.automatic && ' (a 100 % match)'}
                  {c.contact?.email && <span class="muted"> · {c.contact.email}</span>}
                </label>
                {!id && <p class="muted">Known to {c.division?.name ?? 'another division'}: not yours to change.</p>}
              </li>
            );
          })}
          {leadPerson && (
            <li>
              <label>
                <input
                  type="radio"
                  name="contact"
                  checked={plan?.choice === 'CREATE'}
                  onChange={() => onChange({ choice: 'CREATE' })}
                />
                <strong>Create {leadPerson}</strong> as a new contact person
              </label>
            </li>
          )}
          <li>
            <label>
              <input
                type="radio"
                name="contact"
                checked={plan?.choice === 'NONE'}
                onChange={() => onChange({ choice: 'NONE' })}
              />
              <strong>No contact person</strong>
            </label>
          </li>
        </ul>
      </fieldset>
      {chosen && differences.length > 0 && (
        <section aria-labelledby="differences-heading">
          <h3 id="differences-heading">Where the lead and {chosen.name} differ</h3>
          {differences.map((d) => {
            const fromLead = chosen.takeFromLead.includes(d.field);
            const label = CONTACT_FIELD_LABELS[d.field];
            return (
              <fieldset key={d.field} class="difference">
                <legend>{label}</legend>
                <label>
                  <input
                    type="radio"
                    name={`take-${d.field}`}
                    checked={!fromLead}
                    onChange={() => take(d.field, false)}
                  />
                  Keep the contact's: {d.contactValue ?? '(empty)'}
                </label>
                <label>
                  <input
                    type="radio"
                    name={`take-${d.field}`}
                    checked={fromLead}
                    onChange={() => take(d.field, true)}
                  />
                  Take the lead's: {d.leadValue}
                </label>
              </fieldset>
            );
          })}
        </section>
      )}
    </>
  );
}
