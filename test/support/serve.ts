/**
 * A minimal static server for a built site, on loopback only: `/x` serves `x.html` like GitHub
 * Pages does (trailingSlash: false), and text is gzipped as GitHub Pages does, so Lighthouse
 * measures the bytes a reader downloads.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.xml': 'application/xml', '.png': 'image/png', '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8', '.zip': 'application/zip', '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.yml': 'text/yaml',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export async function serve(root: string): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const candidates = [pathname, `${pathname}.html`, path.posix.join(pathname, 'index.html')];
    for (const c of candidates) {
      const file = path.join(root, path.normalize(c).replace(/^(\.\.[/\\])+/, ''));
      if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
        if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
          const {mtimeMs, size} = fs.statSync(file);
          const key = `${file}:${mtimeMs}:${size}`;
          if (!gzipped.has(key)) gzipped.set(key, zlib.gzipSync(fs.readFileSync(file)));
          res.writeHead(200, {'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding'});
          res.end(gzipped.get(key));
          return;
        }
        res.writeHead(200, {'content-type': type});
        fs.createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, {'content-type': 'text/html; charset=utf-8'});
    fs.createReadStream(path.join(root, '404.html')).on('error', () => res.end('not found')).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}
