import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** Bounds on a request body read before the route sees it. */
export interface BodyLimits {
  /** Bodies larger than this are refused with 413, by Content-Length or by counted bytes. */
  maxBytes: number;
  /** A body not complete within this is refused with 408. */
  timeoutMs: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBytes: 256 * 1024, timeoutMs: 10_000 };

/** A request whose body was read already; Bolt's receivers use `rawBody` instead of reading the stream again. */
export type BufferedRequest = IncomingMessage & { rawBody?: Buffer };

function refuse(req: IncomingMessage, res: ServerResponse, status: 408 | 413, message: string): void {
  if (!res.headersSent) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ error: message }));
  }
  // Nothing more is read: the connection closes once the answer is out, whatever the client still sends.
  req.pause();
  res.once('finish', () => req.socket.destroy());
}

/**
 * Reads the body in front of a route, never holding more than `maxBytes`:
 * a declared Content-Length over the limit is refused before a byte is read,
 * a body that grows past it is refused as soon as it does, and a body that
 * trickles in too slowly is cut off. The route then gets `req.rawBody`.
 */
export function limitBody(listener: RequestListener, limits: BodyLimits): RequestListener {
  return (req: BufferedRequest, res) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && !(Number(declared) <= limits.maxBytes)) {
      return refuse(req, res, 413, `The request body is over the ${limits.maxBytes}-byte limit.`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      return true;
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > limits.maxBytes) {
        if (settle()) refuse(req, res, 413, `The request body is over the ${limits.maxBytes}-byte limit.`);
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    };
    const timer = setTimeout(() => {
      if (settle()) refuse(req, res, 408, `The request body did not arrive within ${limits.timeoutMs / 1000} s.`);
    }, limits.timeoutMs);
    req.on('data', onData);
    req.once('end', () => {
      if (!settle()) return;
      req.rawBody = Buffer.concat(chunks, total);
      listener(req, res);
    });
    req.once('close', () => settle());
    req.once('error', () => settle());
  };
}
