import type { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { createCompanyRegister } from '../leads/company-register/company-register.factory';
import { CompanyRegisterError } from '../leads/company-register/company-register';
import type { Context } from '../schema/context';
import { apiError, badInput } from '../schema/errors';
import { RegisteredCompany } from './types/registered-company.payload';

/** The register's failures as API errors: the user's typo, a company that is not there, or a register that cannot answer now. */
function registerError(error: CompanyRegisterError): GraphQLError {
  switch (error.code) {
    case 'INVALID_NUMBER':
      return badInput(error.message, 'registrationNumber');
    case 'UNSUPPORTED_COUNTRY':
      return badInput(error.message, 'country');
    case 'NOT_FOUND':
      return apiError('NOT_FOUND', error.message);
    default:
      return apiError('REGISTER_UNAVAILABLE', error.message, { reason: error.code });
  }
}

@Resolver()
export class CompanyRegisterResolver {
  @Authorized()
  @Query(() => RegisteredCompany, {
    description:
      "Looks a company up in its country's register (DK: CVR, NO: Brønnøysund) after checking the number's check digit; REGISTER_UNAVAILABLE when the register is down or slow",
  })
  async companyRegisterLookup(
    @Ctx() ctx: Context,
    @Arg('country') country: string,
    @Arg('registrationNumber') registrationNumber: string,
  ): Promise<RegisteredCompany> {
    const { cvrRegisterUrl, brregRegisterUrl, registerTimeoutMs } = ctx.config;
    const register = createCompanyRegister({
      cvrBaseUrl: cvrRegisterUrl,
      brregBaseUrl: brregRegisterUrl,
      timeoutMs: registerTimeoutMs,
    });
    try {
      return await register.lookup(country, registrationNumber);
    } catch (error) {
      throw error instanceof CompanyRegisterError ? registerError(error) : error;
    }
  }
}
