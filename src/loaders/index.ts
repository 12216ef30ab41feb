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

/** Per-request DataLoaders: every related field resolves through one of these, so a page of N records costs a fixed number of queries. */
export function createLoaders(dataSource: DataSource) {
  return {
    user: byIdLoader(dataSource, User),
    division: byIdLoader(dataSource, Division),
    lead: byIdLoader(dataSource, Lead),
    relation: byIdLoader(dataSource, Relation),
    contact: byIdLoader(dataSource, Contact),
    deal: byIdLoader(dataSource, Deal),
    pipeline: byIdLoader(dataSource, Pipeline),
    activity: byIdLoader(dataSource, Activity),
    attachment: byIdLoader(dataSource, Attachment),
    tag: byIdLoader(dataSource, Tag),
    numberSeries: byIdLoader(dataSource, NumberSeries),
    leadTags: tagsLoader(dataSource, 'LEAD'),
    relationTags: tagsLoader(dataSource, 'RELATION'),
    contactTags: tagsLoader(dataSource, 'CONTACT'),
    leadActivities: childrenLoader(dataSource, Activity, 'leadId'),
    relationActivities: childrenLoader(dataSource, Activity, 'relationId'),
    contactActivities: childrenLoader(dataSource, Activity, 'contactId'),
    dealActivities: childrenLoader(dataSource, Activity, 'dealId'),
    leadAttachments: childrenLoader(dataSource, Attachment, 'leadId'),
    relationAttachments: childrenLoader(dataSource, Attachment, 'relationId'),
    contactAttachments: childrenLoader(dataSource, Attachment, 'contactId'),
    dealAttachments: childrenLoader(dataSource, Attachment, 'dealId'),
    relationContacts: childrenLoader(dataSource, Contact, 'relationId'),
    relationDeals: childrenLoader(dataSource, Deal, 'relationId'),
    contactDeals: childrenLoader(dataSource, Deal, 'contactId'),
    /** by record key (quality/validation/record-key.ts) */
    findings: childrenLoader(dataSource, Finding, 'recordKey'),
    merge: byIdLoader(dataSource, Merge),
    mergeMembers: childrenLoader(dataSource, MergeMember, 'mergeId'),
    leadAlternateValues: alternateValuesLoader(dataSource, 'LEAD'),
    relationAlternateValues: alternateValuesLoader(dataSource, 'RELATION'),
    contactAlternateValues: alternateValuesLoader(dataSource, 'CONTACT'),
    duplicateCluster: byIdLoader(dataSource, DuplicateCluster),
    duplicateClusterMembers: childrenLoader(dataSource, DuplicateClusterMember, 'clusterId'),
    duplicateClusterPairs: childrenLoader(dataSource, DuplicatePair, 'clusterId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
