import type { Activity, AlternateValue, Attachment, Contact, Lead, Relation, Tag } from '../entities';
import type { EntityType } from '../entities/record-types';
import type { Loaders } from '../loaders';

type LoaderOf<V> = {
  [K in keyof Loaders]: Loaders[K] extends { load(id: number): Promise<V> } ? K : never;
}[keyof Loaders];

interface RecordLoaders {
  record: LoaderOf<Lead | Relation | Contact | null>;
  tags: LoaderOf<Tag[]>;
  activities: LoaderOf<Activity[]>;
  attachments: LoaderOf<Attachment[]>;
  alternateValues: LoaderOf<AlternateValue[]>;
}

/** The request's DataLoaders of each record type: the API's side of the record-type registry (entities/record-types.ts). */
export const RECORD_LOADERS: { readonly [T in EntityType]: RecordLoaders } = {
  RELATION: {
    record: 'relation',
    tags: 'relationTags',
    activities: 'relationActivities',
    attachments: 'relationAttachments',
    alternateValues: 'relationAlternateValues',
  },
  CONTACT: {
    record: 'contact',
    tags: 'contactTags',
    activities: 'contactActivities',
    attachments: 'contactAttachments',
    alternateValues: 'contactAlternateValues',
  },
  LEAD: {
    record: 'lead',
    tags: 'leadTags',
    activities: 'leadActivities',
    attachments: 'leadAttachments',
    alternateValues: 'leadAlternateValues',
  },
};
