import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Busy } from '../../components/status';
import { explain } from '../../errors';
import { CompanyRegisterLookupDocument } from './documents';
import { RELATION_FIELDS, type RelationFields } from './plan';

const REGISTERS = [
  { country: 'DK', label: 'Denmark (CVR)' },
  { country: 'NO', label: 'Norway (Brønnøysund)' },
];

/** Asks the national company register and fills the new relation's fields with its answer. */
export function RegisterLookup({
  country,
  registrationNumber,
  onFound,
}: {
  country: string;
  registrationNumber: string;
  onFound: (fields: Partial<RelationFields>) => void;
}) {
  const client = useClient();
  const [register, setRegister] = useState(REGISTERS.some((r) => r.country === country) ? country : 'DK');
  const [number, setNumber] = useState(registrationNumber);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const lookUp = async () => {
    setBusy(true);
    setMessage(null);
    const { data, error } = await client
      .query(CompanyRegisterLookupDocument, { country: register, registrationNumber: number.trim() })
      .toPromise();
    setBusy(false);
    const company = data?.companyRegisterLookup;
    if (!company)
      return setMessage({ text: error ? explain(error).text : 'The register did not answer.', failed: true });
    // what the register does not know keeps the lead's value
    const known = RELATION_FIELDS.map(([field]) => [field, (company as Record<string, unknown>)[field]] as const);
    onFound(Object.fromEntries(known.filter(([, value]) => value != null)));
    setMessage({ text: `Filled in from the register: ${company.name}.`, failed: false });
  };
  return (
    <div class="inline-form" role="group" aria-label="Company register look-up">
      <label>
        Register
        <select value={register} onChange={(e) => setRegister(e.currentTarget.value)}>
          {REGISTERS.map((r) => (
            <option key={r.country} value={r.country}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Number to look up
        <input value={number} onInput={(e) => setNumber(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={lookUp} disabled={busy || !number.trim()}>
        Look up
      </button>
      {busy && <Busy what="Asking the register" />}
      {message && (
        <p class={message.failed ? 'error' : 'notice'} role={message.failed ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
