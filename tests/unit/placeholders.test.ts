/**
 * The production guard (issue 28): a production build refuses the placeholder addresses at
 * insyn.example.se, one line each; a preview build (the default, so `npm start` and `npm test`
 * work with nothing set) says in one line that it is not for publishing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { placeholders } from '../../scripts/lib/placeholders.ts';

const real = {
  INSYN_SITE_URL: 'https://insyn.linkoping.se',
  INSYN_REPORT_URL: 'mailto:insyn@linkoping.se',
  INSYN_SECURITY_CONTACT: 'https://www.linkoping.se/sakerhet',
};

/** The environment without any INSYN_ variable, plus `env`. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INSYN_')));
  return { ...clean, ...env };
}

test('unset addresses and addresses at names reserved for examples are placeholders; real ones are not', () => {
  assert.deepEqual(
    placeholders({}).map((p) => [p.variable, p.value, p.unset]),
    [
      ['INSYN_SITE_URL', 'https://insyn.example.se', true],
      ['INSYN_REPORT_URL', 'mailto:rapportera-fel@insyn.example.se', true],
      ['INSYN_SECURITY_CONTACT', 'mailto:sakerhet@insyn.example.se', true],
    ],
  );
  assert.deepEqual(placeholders(real), []);
  assert.deepEqual(
    placeholders({
      ...real,
      INSYN_SITE_URL: 'https://insyn.linkoping.example',
      INSYN_REPORT_URL: 'https://forms.example.com/insyn',
      INSYN_SECURITY_CONTACT: 'mailto:security@localhost',
    }).map((p) => [p.variable, p.unset]),
    [
      ['INSYN_SITE_URL', false],
      ['INSYN_REPORT_URL', false],
      ['INSYN_SECURITY_CONTACT', false],
    ],
  );
});

test('a production build with placeholders stops before building, one line per address', () => {
  const run = spawnSync('npm', ['run', '--silent', 'build:production'], {
    env: environment({ ...real, INSYN_REPORT_URL: 'mailto:rapportera-fel@insyn.example.se' }),
    encoding: 'utf8',
  });
  assert.equal(run.status, 1, run.stdout);
  assert.deepEqual(run.stderr.trim().split('\n'), [
    'INSYN_REPORT_URL: mailto:rapportera-fel@insyn.example.se is a placeholder (set the real address; docs/deploy.md)',
    '',
    'A production build (INSYN_PRODUCTION=1) needs real addresses: the site was not built.',
  ]);
  assert.doesNotMatch(run.stdout, /astro|content ok/);
});

test('a preview build goes on with nothing set and says it is not for publishing; production goes on with real addresses', () => {
  const preview = spawnSync(process.execPath, ['scripts/check-production.ts'], {
    env: environment({}),
    encoding: 'utf8',
  });
  assert.equal(preview.status, 0, preview.stderr);
  assert.equal(
    preview.stdout,
    'preview build: INSYN_SITE_URL, INSYN_REPORT_URL, INSYN_SECURITY_CONTACT are placeholders; not for publishing (npm run build:production refuses them; docs/deploy.md)\n',
  );
  const production = spawnSync(process.execPath, ['scripts/check-production.ts'], {
    env: environment({ ...real, INSYN_PRODUCTION: '1' }),
    encoding: 'utf8',
  });
  assert.equal(production.status, 0, production.stderr);
  assert.equal(production.stderr, '');
});
