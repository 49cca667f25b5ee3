import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { BrowserRouter } from 'react-router';
import { ApiError } from '../api/client';
import { I18nProvider, useI18n } from '../i18n';
import { AuthProvider } from './auth';
import { AppRoutes } from './routes';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a lost network or a 5xx/503 may.
      retry: (failures, error) =>
        failures < 3 && !(error instanceof ApiError && error.status < 500),
      staleTime: 30_000,
      refetchOnWindowFocus: false,
    },
  },
});
// What a screen keeps for the user's return (the children's search): held for the session, and
// emptied with everything else at sign-out.
queryClient.setQueryDefaults(['memory'], { gcTime: Infinity, staleTime: Infinity });

function Localized() {
  const { antdLocale } = useI18n();
  return (
    <ConfigProvider locale={antdLocale} theme={theme}>
      <BrowserRouter>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </BrowserRouter>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localized />
      </I18nProvider>
    </QueryClientProvider>
  );
}
