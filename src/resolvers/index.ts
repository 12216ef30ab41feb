import { ActivityResolver } from './activity.resolver';
import { ContactResolver } from './contact.resolver';
import { DealResolver } from './deal.resolver';
import { LeadResolver } from './lead.resolver';
import { NodeResolver } from './node.resolver';
import { RelationResolver } from './relation.resolver';
import { TagResolver } from './tag.resolver';
import { UserResolver } from './user.resolver';

export const RESOLVERS = [ActivityResolver, ContactResolver, DealResolver, LeadResolver, NodeResolver, RelationResolver, TagResolver, UserResolver] as const;
