import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n/I18nProvider';
import { RouterProvider } from './router/Router';

/** Renders an app into #root with the shared language and routing providers. */
export function mountApp(App: ComponentType, base: string): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <I18nProvider>
        <RouterProvider base={base}>
          <App />
        </RouterProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
