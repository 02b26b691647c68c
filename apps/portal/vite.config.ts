import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The citizen portal, served by the Vern server under /portal/. In development `vite` proxies /api
// to a server started with `npm start` (port 8080 unless PORT says otherwise).
export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  resolve: { conditions: ['vern-source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { port: 5174, proxy: { '/api': `http://localhost:${process.env.PORT ?? 8080}` } },
  preview: { port: 4174 },
});
