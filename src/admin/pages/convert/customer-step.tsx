import type { RelationField, RelationFields, RelationPlan, Preview } from './plan';
import { newRelation, RELATION_FIELDS } from './plan';
import { percent, readableReasons } from './match-reasons';
import { RegisterLookup } from './register-lookup';

/** Step 1: an existing customer among the candidates, or a new relation with its customer number. */
export function CustomerStep({
  preview,
  plan,
  onChange,
}: {
  preview: Preview;
  plan: RelationPlan | null;
  onChange: (plan: RelationPlan) => void;
}) {
  const { lead } = preview;
  const privateLead = lead.kind === 'PRIVATE';
  const creating = plan?.choice === 'CREATE' ? plan : null;
  const series = preview.numberSeries.find((s) => s.series.id === creating?.numberSeriesId) ?? preview.numberSeries[0];
  const setFields = (fields: Partial<RelationFields>) =>
    creating && onChange({ ...creating, fields: { ...creating.fields, ...fields } });
  return (
    <fieldset>
      <legend>Who is the customer?</legend>
      {preview.relationCandidates.length === 0 && <p>No existing relation resembles this lead.</p>}
      {preview.relationCandidates.filter((c) => c.automatic).length > 1 && (
        <p>More than one relation is a 100 % match, so none is chosen for you: choose the right one.</p>
      )}
      <ul class="choices">
        {preview.relationCandidates.map((c, index) => {
          const id = c.relation?.id;
          return (
            <li key={id ?? `restricted-${index}`}>
              <label>
                <input
                  type="radio"
                  name="relation"
                  disabled={!id}
                  checked={plan?.choice === 'EXISTING' && plan.relationId === id}
                  onChange={() => id && onChange({ choice: 'EXISTING', relationId: id, name: c.name })}
                />
                <strong>{c.name}</strong> {percent(c.score)}: {readableReasons(c.reasons, lead.country)}
                {c.automatic && ' (a 100 % match)'}
                {c.relation?.customerNumber && <span class="muted"> · customer {c.relation.customerNumber}</span>}
                {c.relation?.city && <span class="muted"> · {c.relation.city}</span>}
              </label>
              {!id && (
                <p class="muted">
                  Known to {c.division?.name ?? 'another division'}: ask a colleague there or a data steward to convert
                  it.
                </p>
              )}
            </li>
          );
        })}
        <li>
          <label>
            <input
              type="radio"
              name="relation"
              checked={Boolean(creating)}
              onChange={() => onChange(newRelation(preview))}
            />
            <strong>{privateLead ? "Create the person's own relation" : 'Create a new relation'}</strong>
            {series && <span> as customer number {series.nextCustomerNumber}</span>}
          </label>
        </li>
      </ul>
      {creating && (
        <div class="new-relation">
          {preview.numberSeries.length > 1 && (
            <label>
              Number series
              <select
                value={creating.numberSeriesId}
                onChange={(e) => onChange({ ...creating, numberSeriesId: e.currentTarget.value })}
              >
                {preview.numberSeries.map((s) => (
                  <option key={s.series.id} value={s.series.id}>
                    {s.series.name} (next {s.nextCustomerNumber})
                  </option>
                ))}
              </select>
            </label>
          )}
          {!privateLead && (
            <RegisterLookup
              country={creating.fields.country}
              registrationNumber={creating.fields.registrationNumber}
              onFound={setFields}
            />
          )}
          <div class="fields-form">
            {RELATION_FIELDS.filter(([field]) => !privateLead || field !== 'registrationNumber').map(
              ([field, label]) => (
                <label key={field}>
                  {label}
                  <input
                    value={creating.fields[field]}
                    onInput={(e) => setFields({ [field]: e.currentTarget.value } as Record<RelationField, string>)}
                  />
                </label>
              ),
            )}
          </div>
        </div>
      )}
    </fieldset>
  );
}
