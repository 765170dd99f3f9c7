/**
 * A tiny static server for the example page, on a loopback port of its own: a different origin
 * from the API's, so the browser really does CORS. The browser test uses it on a free port;
 * `npm run example [PORT] [API]` bundles the page and serves it for a person (default
 * http://127.0.0.1:5173, against the mock that `./mock` starts on http://127.0.0.1:4010/api/v2).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildExample } from "./build.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `dir` (GET and HEAD only) on 127.0.0.1; port 0 picks a free one. */
export function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      resolveServer({
        origin: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // target/build/example/serve.js → the package directory
  const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
  const port = Number(process.argv[2] ?? 5173);
  const api = process.argv[3] ?? "http://127.0.0.1:4010/api/v2";
  const out = await buildExample(packageDir);
  const server = await serveStatic(out, port);
  console.log(`example: ${server.origin}/?api=${encodeURIComponent(api)}  (Ctrl-C stops)`);
}
