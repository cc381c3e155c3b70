// Runs Debian's nginx with the shipped site configuration (deploy/nginx.conf) on 127.0.0.1,
// serving dist/: from a folder of its own (no system service, no root paths), with the brotli
// module loaded. Used by `scripts/serve --nginx` and the end-to-end tests.
//   node tools/nginx.mjs [port]   serves until stopped (port: $PORT, else 8080)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const SITE = join(ROOT, 'deploy', 'nginx.conf');

/**
 * The site configuration with its `listen` and `root` lines set to `port` and `folder`
 * (dist/, or a deployment made from it), and `frameAncestors` (a partner's page origins) added
 * after 'self', as EMBEDDING.md tells a deployer to.
 */
export function siteConfig(port, { folder = DIST, frameAncestors = [] } = {}) {
  const site = readFileSync(SITE, 'utf8');
  const listen = /^(\s*)listen [^;]+;/m;
  const root = /^(\s*)root [^;]+;/m;
  const ancestors = "frame-ancestors 'self'";
  if (!listen.test(site) || !root.test(site) || !site.includes(ancestors)) {
    throw new Error("deploy/nginx.conf: no listen or root line, or no frame-ancestors 'self'");
  }
  return site
    .replace(listen, `$1listen 127.0.0.1:${port};`)
    .replace(root, `$1root ${folder};`)
    .replace(ancestors, [ancestors, ...frameAncestors].join(' '));
}

function mainConfig(prefix, port, options) {
  writeFileSync(join(prefix, 'site.conf'), siteConfig(port, options));
  return `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`;
}

const listening = (port) =>
  new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });

/**
 * Starts nginx on `port` (`options` as `siteConfig`'s); resolves once it answers, with its URL
 * and `close()`.
 */
export async function startNginx(port, options = {}) {
  const prefix = mkdtempSync(join(tmpdir(), 'anxin-nginx-'));
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, port, options));
  const nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (chunk) => (stderr += chunk));
  for (let tries = 0; !(await listening(port)); tries += 1) {
    if (nginx.exitCode !== null || tries > 100) {
      nginx.kill();
      throw new Error(`nginx did not start: ${stderr || `exit ${nginx.exitCode}`}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done) => {
        const clean = () => {
          rmSync(prefix, { recursive: true, force: true });
          done();
        };
        if (nginx.exitCode !== null) return clean();
        nginx.once('exit', clean);
        nginx.kill('SIGQUIT');
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] || process.env.PORT || 8080);
  const { url } = await startNginx(port);
  console.log(`nginx (deploy/nginx.conf) serving dist/ at ${url}`);
}
