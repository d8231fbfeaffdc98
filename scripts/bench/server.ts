/** Serves a built site with `npx astro preview` on a port of its own, for the browser measurements. */
import { spawn } from 'node:child_process';

export interface Server {
  url: string;
  stop: () => void;
}

export async function preview(distDir: string, port: number): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const taken = await fetch(`${url}/`).then(
    () => true,
    () => false,
  );
  if (taken)
    throw new Error(`port ${port} already answers: stop that server or choose another port (4371–4379)`);
  const child = spawn(
    'npx',
    ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: { ...process.env, DIST_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true, // its own process group, so stop() ends npx and the server it started
    },
  );
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return { url, stop };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not start on port ${port} (is the port taken?)`);
}
