import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import { I18nProvider, RouterProvider } from '@vern/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider base={import.meta.env.BASE_URL}>
        <App />
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
