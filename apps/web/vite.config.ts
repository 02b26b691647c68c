import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The staff app, served by the Vern server at /. In development `vite` proxies /api to a server
// started with `npm start` (port 8080 unless PORT says otherwise).
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { conditions: ['vern-source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': `http://localhost:${process.env.PORT ?? 8080}` } },
});
