import { Provider, useQuery } from '@urql/preact';
import { lazy, Suspense } from 'preact/compat';
import { useMemo, useState } from 'preact/hooks';
import { createApiClient } from './client';
import { Busy, ErrorMessage } from './components/status';
import { MeDocument } from './me';
import { DashboardPage } from './pages/dashboard-page';
import { DuplicatesPage } from './pages/duplicates-page';
import { ImportPage } from './pages/import-page';
import { InboxPage } from './pages/inbox-page';
import { LeadPage } from './pages/lead-page';
import { MergesPage } from './pages/merges-page';
import { RecordPage } from './pages/record-page';
import { SignInPage } from './pages/sign-in-page';
import { ValidationPage } from './pages/validation-page';
import { href, useRoute, type Route } from './route';
import { session } from './session';

// the wizard is most of the admin's code and opened from a lead: its own chunk, fetched on the way there
const ConvertPage = lazy(() => import('./pages/convert/convert-page').then((module) => module.ConvertPage));

const SALES_PAGES = [
  { page: 'inbox', label: 'Inbox' },
  { page: 'dashboard', label: 'Dashboard' },
];

const STEWARD_PAGES = [
  { page: 'validation', label: 'Validation' },
  { page: 'duplicates', label: 'Duplicates' },
  { page: 'merges', label: 'Merges' },
  { page: 'import', label: 'Import' },
  ...SALES_PAGES,
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
  const pages = steward ? STEWARD_PAGES : SALES_PAGES;
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
        {me && <LeadsPage route={{ ...route, page: current }} myId={me.id} steward={steward} />}
      </main>
    </>
  );
}

/** The sales pages, for every role that has pages; the others for stewards only. */
function LeadsPage({ route, myId, steward }: { route: Route; myId: string; steward: boolean }) {
  const { page, id, query } = route;
  switch (page) {
    case 'inbox':
      return <InboxPage query={query} myId={myId} steward={steward} />;
    case 'leads':
      return <LeadPage key={id} id={id!} steward={steward} />;
    case 'dashboard':
      return <DashboardPage steward={steward} />;
    case 'convert':
      return (
        <Suspense fallback={<Busy what="Loading the conversion wizard" />}>
          <ConvertPage key={id} leadId={id ?? ''} />
        </Suspense>
      );
  }
  return steward ? (
    <StewardPage page={page} id={id} />
  ) : (
    <p>There is no page "{page}" for your role. Choose one above.</p>
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
