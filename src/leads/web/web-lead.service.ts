import type { DataSource, EntityManager } from 'typeorm';
import { transaction } from '../../db/transaction';
import { isUniqueViolation } from '../../db/unique-violation';
import { SiteLead, type Site } from '../../entities';
import { LeadSource } from '../../entities/enums';
import { InputRejected } from '../../fields/field-errors';
import { createLeads } from '../lead-intake.service';
import { siteActor } from './site.service';
import type { WebLeadPost } from './web-lead.parser';

async function earlierLead(manager: EntityManager, site: Site, requestKey: string | null): Promise<number | null> {
  if (!requestKey) return null;
  const earlier = await manager.findOneBy(SiteLead, { siteId: site.id, requestKey });
  return earlier?.leadId ?? null;
}

/**
 * Takes a lead a site posted through the one intake path, source WEB, into the
 * site's division, and answers its id. A post with a request key seen before
 * answers the first lead and creates nothing. Bad input throws InputRejected
 * with the form's problems and the intake's together, and nothing is kept.
 */
export async function receiveWebLead(
  dataSource: DataSource,
  site: Site,
  post: Omit<WebLeadPost, 'trapped'>,
): Promise<number> {
  const { lead, requestKey } = post;
  try {
    return await transaction(dataSource, siteActor(site), async (uow) => {
      const { manager } = uow;
      const earlier = await earlierLead(manager, site, requestKey);
      if (earlier !== null) return earlier;
      const [item] = await createLeads(uow, [{ ...lead, source: LeadSource.WEB }], LeadSource.WEB);
      const flagged = new Set(post.errors.map((e) => e.field));
      const errors = [...post.errors, ...item.errors.filter((e) => !flagged.has(e.field))];
      if (errors.length > 0) throw new InputRejected(errors); // rolls back a lead the intake alone would have taken
      await manager.insert(SiteLead, { siteId: site.id, leadId: item.record!.id, requestKey });
      return item.record!.id;
    });
  } catch (error) {
    // a retry that raced the first post past the look-up: the first one won, and this one rolled back
    const earlier = isUniqueViolation(error) ? await earlierLead(dataSource.manager, site, requestKey) : null;
    if (earlier === null) throw error;
    return earlier;
  }
}
