import { Activity } from './activity.entity';
import { AlternateValue } from './alternate-value.entity';
import { ApiToken } from './api-token.entity';
import { Attachment } from './attachment.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';
import { DismissedPair } from './dismissed-pair.entity';
import { Division } from './division.entity';
import { DuplicateCluster } from './duplicate-cluster.entity';
import { DuplicateClusterMember } from './duplicate-cluster-member.entity';
import { DuplicatePair } from './duplicate-pair.entity';
import { Finding } from './finding.entity';
import { Lead } from './lead.entity';
import { MatchKey } from './match-key.entity';
import { Merge } from './merge.entity';
import { MergeChange } from './merge-change.entity';
import { MergeMember } from './merge-member.entity';
import { NumberSeries } from './number-series.entity';
import { Pipeline } from './pipeline.entity';
import { Relation } from './relation.entity';
import { SearchToken } from './search-token.entity';
import { Site } from './site.entity';
import { SiteLead } from './site-lead.entity';
import { Tag } from './tag.entity';
import { Tagging } from './tagging.entity';
import { TrainedModel } from './trained-model.entity';
import { User } from './user.entity';
import { ValidationCount } from './validation-count.entity';
import { ValidationEntry } from './validation-entry.entity';
import { ValidationRecordCount } from './validation-record-count.entity';

export {
  Activity,
  AlternateValue,
  ApiToken,
  Attachment,
  Contact,
  Deal,
  DismissedPair,
  Division,
  DuplicateCluster,
  DuplicateClusterMember,
  DuplicatePair,
  Finding,
  Lead,
  MatchKey,
  Merge,
  MergeChange,
  MergeMember,
  NumberSeries,
  Pipeline,
  Relation,
  SearchToken,
  Site,
  SiteLead,
  Tag,
  Tagging,
  TrainedModel,
  User,
  ValidationCount,
  ValidationEntry,
  ValidationRecordCount,
};

export const ENTITIES = [
  Activity,
  AlternateValue,
  ApiToken,
  Attachment,
  Contact,
  Deal,
  DismissedPair,
  Division,
  DuplicateCluster,
  DuplicateClusterMember,
  DuplicatePair,
  Finding,
  Lead,
  MatchKey,
  Merge,
  MergeChange,
  MergeMember,
  NumberSeries,
  Pipeline,
  Relation,
  SearchToken,
  Site,
  SiteLead,
  Tag,
  Tagging,
  TrainedModel,
  User,
  ValidationCount,
  ValidationEntry,
  ValidationRecordCount,
];
