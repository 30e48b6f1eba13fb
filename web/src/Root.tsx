import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { I18nProvider } from './i18n/context';
import { AntdProvider } from './AntdProvider';
import { queryClient } from './queryClient';
import { AppRoutes } from './routes';
import { LocaleSync } from './auth/LocaleSync';

export function Root() {
  return (
    <I18nProvider>
      <AntdProvider>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <LocaleSync />
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntdProvider>
    </I18nProvider>
  );
}
