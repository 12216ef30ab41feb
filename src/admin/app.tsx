import { Provider, useQuery } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { createApiClient } from './client';
import { Busy, ErrorMessage } from './components/status';
import { MeDocument } from './me';
import { ConvertPage } from './pages/convert/convert-page';
import { DuplicatesPage } from './pages/duplicates-page';
import { ImportPage } from './pages/import-page';
import { MergesPage } from './pages/merges-page';
import { RecordPage } from './pages/record-page';
import { SignInPage } from './pages/sign-in-page';
import { ValidationPage } from './pages/validation-page';
import { href, useRoute } from './route';
import { session } from './session';

const STEWARD_PAGES = [
  { page: 'validation', label: 'Validation' },
  { page: 'duplicates', label: 'Duplicates' },
  { page: 'merges', label: 'Merges' },
  { page: 'import', label: 'Import' },
];

export function App() {
  const [token, setToken] = useState(session.token);
  const client = useMemo(() => (token ? createApiClient(token) : null), [token]);
  if (!token || !client)
    return (
      <SignInPage
        onSignIn={(signedIn) => {
          session.signIn(signedIn);
          setToken(signedIn);
        }}
      />
    );
  return (
    <Provider value={client}>
      <Shell
        onSignOut={() => {
          session.signOut();
          setToken(null);
        }}
      />
    </Provider>
  );
}

function Shell({ onSignOut }: { onSignOut: () => void }) {
  const [{ data, fetching, error }] = useQuery({ query: MeDocument });
  const route = useRoute();
  const me = data?.me;
  const steward = me?.role === 'STEWARD' || me?.role === 'ADMIN';
  const pages = steward ? STEWARD_PAGES : [];
  const current = route.page || pages[0]?.page || '';
  return (
    <>
      <header class="top">
        <span class="brand">CRM data quality</span>
        <nav aria-label="Main">
          <ul>
            {pages.map(({ page, label }) => (
              <li key={page}>
                <a href={href(page)} aria-current={current === page ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {me && (
          <span class="who">
            {me.name} ({me.role})
          </span>
        )}
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main">
        {fetching && !me && <Busy />}
        <ErrorMessage error={error} />
        {me &&
          (route.page === 'convert' ? (
            <ConvertPage key={route.id} leadId={route.id ?? ''} />
          ) : steward ? (
            <StewardPage page={current} id={route.id} />
          ) : (
            <NoPages role={me.role} />
          ))}
      </main>
    </>
  );
}

function StewardPage({ page, id }: { page: string; id?: string }) {
  switch (page) {
    case 'validation':
      return <ValidationPage />;
    case 'duplicates':
      return <DuplicatesPage clusterId={id} />;
    case 'merges':
      return <MergesPage />;
    case 'import':
      return <ImportPage />;
    case 'record':
      return <RecordPage id={id!} />;
    default:
      return <p>There is no page "{page}". Choose one above.</p>;
  }
}

function NoPages({ role }: { role: string }) {
  return (
    <section>
      <h1>Nothing here for your role</h1>
      <p>
        You are signed in as {role}. The data-quality pages are for data stewards; the sales pages come later. Sign out
        to use another token.
      </p>
    </section>
  );
}
