import { createServer, request as httpRequest } from 'node:http';

/** A connection as a reader on a slow mobile network has it. */
export interface Link {
  downKbps: number;
  rttMs: number;
}

/** Lighthouse's "Slow 4G", the mobile connection its scores assume. */
export const slow4g: Link = { downKbps: 1600, rttMs: 150 };

export interface SlowLink {
  url: string;
  /** Bytes sent to the browser so far. */
  carried(): number;
  close(): Promise<void>;
}

/**
 * A proxy in front of a local server that makes a slow link shared by every
 * request: `rttMs` before each answer starts, then `downKbps` for all bodies
 * together. Unlike Chromium's own throttling it also reaches a service
 * worker's requests, and the time a second request costs is a real round trip.
 */
export async function slowLink(target: string, { downKbps, rttMs }: Link): Promise<SlowLink> {
  const bytesPerMs = (downKbps * 1000) / 8 / 1000;
  let linkFreeAt = 0;
  let carried = 0;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  const server = createServer((incoming, outgoing) => {
    const upstream = httpRequest(new URL(incoming.url ?? '/', target), { method: incoming.method, headers: incoming.headers }, async (answer) => {
      await sleep(rttMs);
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      for await (const chunk of answer) {
        const bytes = Buffer.byteLength(chunk);
        const start = Math.max(performance.now(), linkFreeAt);
        linkFreeAt = start + bytes / bytesPerMs;
        carried += bytes;
        await sleep(linkFreeAt - performance.now());
        outgoing.write(chunk);
      }
      outgoing.end();
    });
    upstream.on('error', () => outgoing.destroy());
    upstream.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${new URL(target).pathname}`,
    carried: () => carried,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
