/// <reference types="vitest/config" />
/**
 * Vitest runs the component tests (tests/components/): .astro files need Vite to compile, so
 * they cannot run under `node --test` with the unit tests. getViteConfig gives Vitest the
 * site's own Astro and Vite setup, as the Astro docs describe for the Container API.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/components/**/*.test.ts'],
  },
});
