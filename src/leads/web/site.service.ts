import type { DataSource, EntityManager } from 'typeorm';
import { Site } from '../../entities';
import { UserRole } from '../../entities/enums';
import type { Actor } from '../../schema/access';
import { hashToken, newSecret } from '../../schema/auth';
import { badInput, conflict } from '../../schema/errors';
import { divisionNamed } from '../../users/user.service';

const SITE_KEY_PREFIX = 'site_';

export interface NewSite {
  name: string;
  origins: string[];
  divisionName?: string | null;
}

/** "https://www.example.dk/" → "https://www.example.dk", as browsers send it in the Origin header. */
export function parseOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw badInput(`'${text}' is not a URL such as https://www.example.dk`, 'origin');
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw badInput(
      `'${text}' is not an origin: give scheme, host and port only, such as https://www.example.dk`,
      'origin',
    );
  }
  return url.origin;
}

/** Registers a web site; its key is shown once and stored only hashed. */
export async function createSite(manager: EntityManager, input: NewSite): Promise<{ site: Site; key: string }> {
  const name = input.name.trim();
  if (!name) throw badInput('A site needs a name', 'name');
  if (input.origins.length === 0) throw badInput('A site needs at least one origin', 'origin');
  const allowedOrigins = [...new Set(input.origins.map(parseOrigin))];
  if (await manager.existsBy(Site, { name })) throw conflict(`A site named '${name}' exists already`);
  const division = input.divisionName ? await divisionNamed(manager, input.divisionName.trim()) : null;
  const key = newSecret(SITE_KEY_PREFIX);
  const site = await manager.save(
    manager.create(Site, { name, allowedOrigins, keyHash: hashToken(key), divisionId: division?.id ?? null }),
  );
  return { site, key };
}

export function siteByKey(dataSource: DataSource, key: string): Promise<Site | null> {
  return dataSource.getRepository(Site).findOneBy({ keyHash: hashToken(key) });
}

/** Whether any site lets pages of this origin post: what a CORS preflight, which carries no key, can be answered by. */
export async function isSiteOrigin(dataSource: DataSource, origin: string): Promise<boolean> {
  const sites = await dataSource.getRepository(Site).find({ select: { id: true, allowedOrigins: true } });
  return sites.some((site) => site.allowedOrigins.includes(origin));
}

/**
 * A site writes leads for nobody: no user creates them, and like a SALES user
 * it can put them only into its own division.
 */
export function siteActor(site: Site): Actor {
  return { id: null, role: UserRole.SALES, divisionId: site.divisionId };
}
