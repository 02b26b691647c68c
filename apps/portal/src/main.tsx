import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import { mountApp } from '@vern/ui';
import { App } from './App';

mountApp(App, import.meta.env.BASE_URL);
