import { Activity } from './activity.entity';
import { ApiToken } from './api-token.entity';
import { Attachment } from './attachment.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';
import { Division } from './division.entity';
import { Lead } from './lead.entity';
import { MatchKey } from './match-key.entity';
import { NumberSeries } from './number-series.entity';
import { Pipeline } from './pipeline.entity';
import { Relation } from './relation.entity';
import { Tag } from './tag.entity';
import { Tagging } from './tagging.entity';
import { User } from './user.entity';

export { Activity, ApiToken, Attachment, Contact, Deal, Division, Lead, MatchKey, NumberSeries, Pipeline, Relation, Tag, Tagging, User };

export const ENTITIES = [Activity, ApiToken, Attachment, Contact, Deal, Division, Lead, MatchKey, NumberSeries, Pipeline, Relation, Tag, Tagging, User];
