import type { RecordType } from '../gql/graphql';

/** The record-type filter every list page has; empty is any type. */
export function RecordTypeSelect({
  value,
  onChange,
}: {
  value: RecordType | null | undefined;
  onChange: (value: RecordType | undefined) => void;
}) {
  return (
    <label>
      Record type
      <select value={value ?? ''} onChange={(e) => onChange((e.currentTarget.value || undefined) as RecordType)}>
        <option value="">Any</option>
        <option value="RELATION">Relations</option>
        <option value="CONTACT">Contacts</option>
        <option value="LEAD">Leads</option>
      </select>
    </label>
  );
}
