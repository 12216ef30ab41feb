import { useEffect, useState } from 'preact/hooks';

/**
 * The page in the location hash (#/duplicates/<id>, #/inbox?status=NEW): works under /admin with no server-side
 * routes, and a link reproduces the view its query holds.
 */
export interface Route {
  page: string;
  id?: string;
  query: URLSearchParams;
}

function parse(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [page = '', id] = path.split('/');
  return { page, id: id ? decodeURIComponent(id) : undefined, query: new URLSearchParams(search) };
}

export function href(page: string, id?: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${search ? `?${search}` : ''}`;
}

export function navigate(page: string, id?: string, query?: URLSearchParams): void {
  location.hash = href(page, id, query);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const update = () => setRoute(parse(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
