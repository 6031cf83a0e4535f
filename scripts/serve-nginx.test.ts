// `npm run serve:nginx` as a publisher meets it: the install line when nginx is missing, and a foreground
// server that stops on SIGTERM and leaves nothing behind.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFile } from '../src/hosting/headers-file.ts';
import { hostingRules } from '../src/hosting/hosting-rules.ts';
import { securityHeaders } from '../src/hosting/security-headers.ts';

const script = path.join(import.meta.dirname, 'serve-nginx.ts');
const site = mkdtempSync(path.join(tmpdir(), 'habari-serve-'));
writeFileSync(path.join(site, '_headers'), headersFile(hostingRules(securityHeaders([]))));
writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>t</title><p>habari');
writeFileSync(path.join(site, '404.html'), '<!doctype html><title>404</title><p>hakuna');
afterAll(() => rmSync(site, { recursive: true, force: true }));

const serve = (env: Record<string, string>) =>
  spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, HABARI_OUT_DIR: site, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('npm run serve:nginx', () => {
  it('says how to install nginx when it is missing', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, HABARI_OUT_DIR: site, HABARI_NGINX: '/nonexistent/nginx' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'nginx is not installed. Install it with: apt-get install nginx libnginx-mod-http-brotli-static',
    );
  });

  it('says to build first when the folder holds no site', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, HABARI_OUT_DIR: path.join(site, 'missing') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('has no built site: run npm run build first');
  });

  it('serves on PORT in the foreground, and on SIGTERM stops and removes its temporary folder', async () => {
    const server = serve({ PORT: '4397' });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let answer: Response | null = null;
    for (let attempt = 0; attempt < 50 && !answer; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      answer = await fetch('http://127.0.0.1:4397/').catch(() => null);
    }
    expect(answer?.status, output).toBe(200);
    expect(await answer?.text()).toContain('habari');
    const missing = await fetch('http://127.0.0.1:4397/hakuna');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('hakuna');
    const tempDir = /-p (\S+)/.exec(
      spawnSync('pgrep', ['-af', 'nginx: master'], { encoding: 'utf8' }).stdout,
    )?.[1];
    expect(tempDir && existsSync(tempDir), output).toBe(true);
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(tempDir as string)).toBe(false);
    await expect(fetch('http://127.0.0.1:4397/')).rejects.toThrow();
  });
});
