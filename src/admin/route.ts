import { useEffect, useState } from 'preact/hooks';

/** The page in the location hash (#/duplicates/<id>): works under /admin with no server-side routes. */
export interface Route {
  page: string;
  id?: string;
}

function parse(hash: string): Route {
  const [page = '', id] = hash.replace(/^#\/?/, '').split('/');
  return { page, id: id ? decodeURIComponent(id) : undefined };
}

export function href(page: string, id?: string): string {
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}`;
}

export function navigate(page: string, id?: string): void {
  location.hash = href(page, id);
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
