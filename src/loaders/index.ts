import type { DataSource } from 'typeorm';
import {
  Activity,
  Attachment,
  Contact,
  Deal,
  Division,
  DuplicateCluster,
  DuplicateClusterMember,
  DuplicatePair,
  Finding,
  Lead,
  Merge,
  MergeMember,
  NumberSeries,
  Pipeline,
  Relation,
  Tag,
  User,
} from '../entities';
import { alternateValuesLoader } from './alternate-values.loader';
import { byIdLoader } from './by-id.loader';
import { childrenLoader } from './children.loader';
import { tagsLoader } from './tags.loader';

/** How each per-request DataLoader is made: every related field resolves through one of these, so a page of N records costs a fixed number of queries. */
const LOADERS = {
  user: (ds: DataSource) => byIdLoader(ds, User),
  division: (ds: DataSource) => byIdLoader(ds, Division),
  lead: (ds: DataSource) => byIdLoader(ds, Lead),
  relation: (ds: DataSource) => byIdLoader(ds, Relation),
  contact: (ds: DataSource) => byIdLoader(ds, Contact),
  deal: (ds: DataSource) => byIdLoader(ds, Deal),
  pipeline: (ds: DataSource) => byIdLoader(ds, Pipeline),
  activity: (ds: DataSource) => byIdLoader(ds, Activity),
  attachment: (ds: DataSource) => byIdLoader(ds, Attachment),
  tag: (ds: DataSource) => byIdLoader(ds, Tag),
  numberSeries: (ds: DataSource) => byIdLoader(ds, NumberSeries),
  leadTags: (ds: DataSource) => tagsLoader(ds, 'LEAD'),
  relationTags: (ds: DataSource) => tagsLoader(ds, 'RELATION'),
  contactTags: (ds: DataSource) => tagsLoader(ds, 'CONTACT'),
  leadActivities: (ds: DataSource) => childrenLoader(ds, Activity, 'leadId'),
  relationActivities: (ds: DataSource) => childrenLoader(ds, Activity, 'relationId'),
  contactActivities: (ds: DataSource) => childrenLoader(ds, Activity, 'contactId'),
  dealActivities: (ds: DataSource) => childrenLoader(ds, Activity, 'dealId'),
  leadAttachments: (ds: DataSource) => childrenLoader(ds, Attachment, 'leadId'),
  relationAttachments: (ds: DataSource) => childrenLoader(ds, Attachment, 'relationId'),
  contactAttachments: (ds: DataSource) => childrenLoader(ds, Attachment, 'contactId'),
  dealAttachments: (ds: DataSource) => childrenLoader(ds, Attachment, 'dealId'),
  relationContacts: (ds: DataSource) => childrenLoader(ds, Contact, 'relationId'),
  relationDeals: (ds: DataSource) => childrenLoader(ds, Deal, 'relationId'),
  contactDeals: (ds: DataSource) => childrenLoader(ds, Deal, 'contactId'),
  /** by record key (quality/validation/record-key.ts) */
  findings: (ds: DataSource) => childrenLoader(ds, Finding, 'recordKey'),
  merge: (ds: DataSource) => byIdLoader(ds, Merge),
  mergeMembers: (ds: DataSource) => childrenLoader(ds, MergeMember, 'mergeId'),
  leadAlternateValues: (ds: DataSource) => alternateValuesLoader(ds, 'LEAD'),
  relationAlternateValues: (ds: DataSource) => alternateValuesLoader(ds, 'RELATION'),
  contactAlternateValues: (ds: DataSource) => alternateValuesLoader(ds, 'CONTACT'),
  duplicateCluster: (ds: DataSource) => byIdLoader(ds, DuplicateCluster),
  duplicateClusterMembers: (ds: DataSource) => childrenLoader(ds, DuplicateClusterMember, 'clusterId'),
  duplicateClusterPairs: (ds: DataSource) => childrenLoader(ds, DuplicatePair, 'clusterId'),
};

export type Loaders = { readonly [K in keyof typeof LOADERS]: ReturnType<(typeof LOADERS)[K]> };

/** A request's loaders, each made when a field first asks for it (a page needs a few of the many). */
class RequestLoaders {
  constructor(readonly dataSource: DataSource) {}
}
for (const [name, make] of Object.entries(LOADERS))
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      const loader = make(this.dataSource);
      Object.defineProperty(this, name, { value: loader });
      return loader;
    },
  });

export function createLoaders(dataSource: DataSource): Loaders {
  return new RequestLoaders(dataSource) as unknown as Loaders;
}
