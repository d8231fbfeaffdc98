/**
 * The first step of `npm run build`: a production build (INSYN_PRODUCTION=1, as
 * `npm run build:production` sets it) stops here, one line per address, while the site's
 * address, the error-report address or the security contact is still a placeholder
 * (scripts/lib/placeholders.ts). Any other build is a preview: it says so in one line and
 * goes on, so `npm start` and `npm test` work on a fresh machine with nothing set.
 */
import { placeholderLine, placeholders } from './lib/placeholders.ts';

const production = process.env.INSYN_PRODUCTION === '1';
let found;
try {
  found = placeholders(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (production && found.length) {
  for (const p of found) console.error(placeholderLine(p));
  console.error(`\nA production build (INSYN_PRODUCTION=1) needs real addresses: the site was not built.`);
  process.exit(1);
}
if (found.length)
  console.log(
    `preview build: ${found.map((p) => p.variable).join(', ')} ${found.length === 1 ? 'is a placeholder' : 'are placeholders'}; not for publishing (npm run build:production refuses them; docs/deploy.md)`,
  );
else if (!production)
  console.log('preview build: the addresses are set; npm run build:production to publish');
