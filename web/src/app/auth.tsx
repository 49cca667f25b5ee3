import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import {
  api,
  call,
  onSessionEnded,
  refreshSession,
  type Schemas,
  setAccessToken,
  setLanguageHeader,
} from '../api/client';
import { useI18n } from '../i18n';

export type Me = Schemas['MeDto'];

type State =
  | { status: 'starting' }
  | { status: 'signed-out'; sessionEnded: boolean }
  | { status: 'signed-in'; me: Me };

interface Auth {
  state: State;
  /** Called with the answer of a successful sign-in. */
  signedIn: (tokens: { accessToken: string; expiresIn: number }) => Promise<void>;
  signOut: () => Promise<void>;
  can: (permission: string) => boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'starting' });
  const queryClient = useQueryClient();
  const { language } = useI18n();

  useEffect(() => setLanguageHeader(language), [language]);

  const loadMe = useCallback(async () => {
    const me = await call(api.GET('/api/v1/auth/me'));
    setState({ status: 'signed-in', me });
  }, []);

  useEffect(() => {
    onSessionEnded(() => {
      queryClient.clear();
      setState({ status: 'signed-out', sessionEnded: true });
    });
    // A reload keeps the session through the refresh cookie, never through storage.
    void refreshSession().then(async (renewed) => {
      if (!renewed) return setState({ status: 'signed-out', sessionEnded: false });
      await loadMe().catch(() => setState({ status: 'signed-out', sessionEnded: false }));
    });
  }, [loadMe, queryClient]);

  const signedIn = useCallback(
    async (tokens: { accessToken: string; expiresIn: number }) => {
      setAccessToken(tokens.accessToken, tokens.expiresIn);
      await loadMe();
    },
    [loadMe],
  );

  const signOut = useCallback(async () => {
    await call(api.POST('/api/v1/auth/logout')).catch(() => undefined);
    setAccessToken(null);
    queryClient.clear();
    setState({ status: 'signed-out', sessionEnded: false });
  }, [queryClient]);

  const value = useMemo<Auth>(
    () => ({
      state,
      signedIn,
      signOut,
      can: (permission) =>
        state.status === 'signed-in' && state.me.permissions.includes(permission),
    }),
    [state, signedIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
