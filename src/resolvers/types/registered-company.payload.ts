import { Field, ObjectType } from 'type-graphql';
import type { CompanyRegisterRecord } from '../../leads/company-register/company-register';

@ObjectType({
  description: 'A company as its national register knows it, to prefill a relation (convertLead relation.overrides)',
})
export class RegisteredCompany implements CompanyRegisterRecord {
  @Field({ description: 'ISO 3166-1 alpha-2 code of the register' }) country: string;
  @Field() registrationNumber: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) industryCode: string | null;
  @Field(() => String, { nullable: true }) industryDescription: string | null;
}
