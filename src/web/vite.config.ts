import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web application: Vite's root is this folder; the build lands in <repo>/dist/web, which the
 * server serves at `/`. In development (`npm run dev:web`) the API is proxied to the server on
 * port 3000, so the page always talks to the server over HTTP, as in production.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));
const server = 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // ECharts (radar, lines, graph and scatter, about 206 kB gzipped) is the one chunk above
    // Vite's 500 kB default; it loads with the pages that draw charts, never with the first page.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the application, so
        // browsers keep them cached across releases.
        codeSplitting: {
          groups: [
            // The charts come with the pages that draw them, never with the first load.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 4 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
    },
  },
  preview: {
    proxy: {
      '/api': server,
      '/healthz': server,
    },
  },
});
