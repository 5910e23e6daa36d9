import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** What closing the server left undone. */
export interface DrainOutcome {
  /** Requests still unanswered when the grace period ended; their connections were destroyed. */
  abandoned: number;
}

/**
 * The server's own shutdown of its HTTP connections, in two steps a load balancer can follow:
 * first every answer asks its client to close the connection (the server still accepts, so
 * nothing is refused while `/readyz` says 503 and traffic moves away), then the listening socket
 * closes, idle connections end, requests in flight finish for up to the grace period and only
 * what is still open after it is destroyed.
 */
export interface ConnectionDrain {
  /** From now on every response carries `Connection: close`, so no client reuses a connection. */
  beginDrain(): void;
  /** Refuses new connections and waits for requests in flight, at most `graceMs`, then closes every connection. */
  close(graceMs: number): Promise<DrainOutcome>;
}

/** How long an ended connection may stay open before it is destroyed: the client has its answer by then. */
const LINGER_MS = 1_000;

/** Resolves when `done()` holds (checked when `onSettle`'s callback is called) or after `timeoutMs`. */
async function waitUntil(done: () => boolean, timeoutMs: number, onSettle: (resolve: () => void) => void): Promise<void> {
  if (done()) return;
  let timer: NodeJS.Timeout | undefined;
  await new Promise<void>((resolve) => {
    onSettle(resolve);
    timer = setTimeout(resolve, timeoutMs);
  });
  clearTimeout(timer);
}

/**
 * Tracks the server's connections and the requests on each. Apollo's drain plugin does the
 * second step only, and only when Apollo stops; owning both steps here means the order of a
 * shutdown is written in one place (see `serve`), whatever signal handling Apollo would add.
 */
export function trackConnections(server: Server): ConnectionDrain {
  const pendingBySocket = new Map<Socket, number>();
  const responses = new Set<ServerResponse>();
  let draining = false;
  let closing = false;
  let settle: (() => void) | undefined;

  const askToClose = (response: ServerResponse): void => {
    // Node ends the connection after a response that says so, instead of waiting for the next request.
    if (!response.headersSent) response.setHeader('connection', 'close');
  };

  server.on('connection', (socket: Socket) => {
    pendingBySocket.set(socket, 0);
    socket.once('close', () => pendingBySocket.delete(socket));
  });
  // First among the listeners: the app may answer synchronously (`/healthz`), after which no header can be set.
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    pendingBySocket.set(socket, (pendingBySocket.get(socket) ?? 0) + 1);
    responses.add(response);
    if (draining) askToClose(response);
    response.once('close', () => {
      responses.delete(response);
      const pending = (pendingBySocket.get(socket) ?? 1) - 1;
      pendingBySocket.set(socket, pending);
      if (closing && pending === 0) socket.end();
      if (closing && responses.size === 0) settle?.();
    });
  });

  return {
    beginDrain() {
      draining = true;
      for (const response of responses) askToClose(response);
    },
    async close(graceMs) {
      this.beginDrain();
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const [socket, pending] of pendingBySocket) if (pending === 0) socket.end();
      await waitUntil(
        () => responses.size === 0,
        graceMs,
        (resolve) => (settle = resolve),
      );
      const abandoned = responses.size;
      for (const [socket, pending] of pendingBySocket) if (pending > 0) socket.destroy();
      // An ended connection closes once the client reads the end; one that does not is cut.
      const cutLingering = setTimeout(() => {
        for (const socket of pendingBySocket.keys()) socket.destroy();
      }, LINGER_MS);
      await closed;
      clearTimeout(cutLingering);
      return { abandoned };
    },
  };
}
