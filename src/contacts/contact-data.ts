import type { OwnedInput } from '../records/create-records';

export interface ContactData extends OwnedInput {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  birthDate?: string | null;
  relationId?: number | null;
}
