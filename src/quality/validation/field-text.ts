/** A text field as the records hold it. */
export type Text = string | null | undefined;

const NON_SPACE = /\S/;

const LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  companyName: 'Company name',
  registrationNumber: 'Registration number',
  customerNumber: 'Customer number',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Web site',
  street: 'Street',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  title: 'Title',
  birthDate: 'Birth date',
  relationId: 'Relation',
};

/** True when the field holds something other than spaces. */
export function isFilled(value: Text): value is string {
  return value != null && NON_SPACE.test(value);
}

/** The name a person knows a field by, for messages. */
export function fieldLabel(field: string): string {
  return LABELS[field] ?? field;
}
