// The API token lives in sessionStorage: gone when the tab closes, never in a cookie the API would trust.
const KEY = 'crm-admin-token';

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  signIn: (token: string) => sessionStorage.setItem(KEY, token),
  signOut: () => sessionStorage.removeItem(KEY),
};
