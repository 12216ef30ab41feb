import type { UnitOfWork } from '../db/unit-of-work';
import { NumberSeries, User } from '../entities';
import { ActivityType, LeadKind, LeadSource, UserRole } from '../entities/enums';
import { createActivity } from '../activities/activity.service';
import { createContacts } from '../contacts/contact.service';
import { createDeal } from '../deals/deal.service';
import { createLeads } from '../leads/lead-intake.service';
import { createRelations } from '../relations/relation.service';
import { conflict } from '../schema/errors';
import { toGlobalId } from '../schema/global-id';
import { createUser } from '../users/user.service';

const USERS = [
  { email: 'admin@demo.example', name: 'Astrid Admin', role: UserRole.ADMIN, divisionName: 'Copenhagen' },
  { email: 'steward@demo.example', name: 'Sofie Steward', role: UserRole.STEWARD, divisionName: 'Copenhagen' },
  { email: 'sales.cph@demo.example', name: 'Mads Sælger', role: UserRole.SALES, divisionName: 'Copenhagen' },
  { email: 'sales.osl@demo.example', name: 'Ingrid Selger', role: UserRole.SALES, divisionName: 'Oslo' },
];

const RELATIONS = [
  {
    name: 'Nordisk Tømrer ApS',
    registrationNumber: '13585628',
    country: 'DK',
    phone: '+4533123456',
    email: 'info@nordisktomrer.dk',
    website: 'nordisktomrer.dk',
    street: 'Vestergade 12',
    postalCode: '1456',
    city: 'København K',
    tags: ['partner'],
  },
  {
    name: 'Café Jansen',
    country: 'NL',
    phone: '+31201234567',
    street: 'Kerkstraat 8',
    postalCode: '1017 GB',
    city: 'Amsterdam',
  },
  {
    name: 'Cafe Jansen B.V.',
    country: 'NL',
    phone: '020 123 4567',
    street: 'Kerkstraat 8',
    postalCode: '1017GB',
    city: 'Amsterdam',
  },
  {
    name: 'Novák Stavby s.r.o.',
    registrationNumber: '25596641',
    country: 'CZ',
    phone: '+420224123456',
    email: 'obchod@novakstavby.cz',
    street: 'Husova 12',
    postalCode: '110 00',
    city: 'Praha',
  },
];

const LEADS = [
  {
    kind: LeadKind.BUSINESS,
    firstName: 'Jens',
    lastName: 'Hansen',
    companyName: 'Hansen VVS A/S',
    email: 'jens@hansenvvs.dk',
    phone: '+4540123456',
    country: 'DK',
    source: LeadSource.WEB,
    tags: ['webinar'],
  },
  {
    kind: LeadKind.PRIVATE,
    firstName: 'Åse',
    lastName: 'Berg',
    email: 'ase.berg@online.no',
    phone: '+4791234567',
    country: 'NO',
    source: LeadSource.WEB,
  },
  {
    kind: LeadKind.BUSINESS,
    firstName: 'Pieter',
    lastName: 'de Vries',
    companyName: 'Café Jansen',
    phone: '+31201234567',
    country: 'NL',
    source: LeadSource.IMPORT,
    tags: ['fair-2026'],
  },
  {
    kind: LeadKind.BUSINESS,
    firstName: 'Jiří',
    lastName: 'Dvořák',
    companyName: 'Novák Stavby',
    email: 'jiri@novakstavby.cz',
    country: 'CZ',
    source: LeadSource.MANUAL,
  },
];

/** Demo data through the same services the API uses. Returns each demo user's token. */
export async function seedDemoData(uow: UnitOfWork): Promise<{ email: string; role: string; token: string }[]> {
  const { manager } = uow;
  if (await manager.existsBy(User, { email: USERS[0].email })) throw conflict('Demo data is there already');
  const tokens: { email: string; role: string; token: string }[] = [];
  const users: User[] = [];
  for (const u of USERS) {
    const { user, token } = await createUser(manager, u);
    users.push(user);
    tokens.push({ email: u.email, role: u.role, token });
  }
  const [admin, , salesCph, salesOsl] = users;
  // the default pipeline and customer series come with every database (db/default-catalogue)
  await manager.save(manager.create(NumberSeries, { name: 'Private customers', prefix: 'P-', nextNumber: 50001 }));

  const relations = (
    await createRelations(
      uow.as(admin),
      RELATIONS.map((r) => ({ ...r, divisionId: salesCph.divisionId })),
    )
  ).map((i) => i.record!);
  const contacts = (
    await createContacts(uow.as(admin), [
      {
        firstName: 'Søren',
        lastName: 'Ålborg',
        email: 'soren@nordisktomrer.dk',
        phone: '+4520123456',
        title: 'Indehaver',
        relationId: relations[0].id,
      },
      { firstName: 'Anna', lastName: 'Jansen', email: 'anna@cafejansen.nl', relationId: relations[1].id },
    ])
  ).map((i) => i.record!);
  const deal = await createDeal(uow.as(salesCph), {
    title: 'New workshop roof',
    relationId: toGlobalId('Relation', relations[0].id),
    contactId: toGlobalId('Contact', contacts[0].id),
  });
  await createActivity(uow.as(salesCph), {
    type: ActivityType.MEETING,
    subject: 'Site visit',
    dealId: toGlobalId('Deal', deal.id),
    dueAt: new Date(Date.now() + 86_400_000),
  });

  await createLeads(uow.as(salesCph), LEADS.slice(0, 1).concat(LEADS.slice(2)));
  const [oslo] = await createLeads(uow.as(salesOsl), [LEADS[1]]);
  await createActivity(uow.as(salesOsl), {
    type: ActivityType.CALL,
    subject: 'Call back about the offer',
    leadId: toGlobalId('Lead', oslo.record!.id),
  });
  return tokens;
}
