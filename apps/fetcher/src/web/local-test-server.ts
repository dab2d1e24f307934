import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// For specs only: a real HTTP server on 127.0.0.1 and an ephemeral port, so the client is tested
// against real sockets, never a mock. Specs allow-list 127.0.0.1 or localhost explicitly.

export interface LocalTestServer {
  port: number;
  /** Requests seen, in order. */
  requests: IncomingMessage[];
  url(path?: string, host?: string): string;
  close(): Promise<void>;
}

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export async function startLocalTestServer(routes: Record<string, Route>): Promise<LocalTestServer> {
  const requests: IncomingMessage[] = [];
  const listener: RequestListener = (request, response) => {
    requests.push(request);
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) return route(request, response);
    response.writeHead(404).end('not found');
  };
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    url: (path = '/', host = '127.0.0.1') => `http://${host}:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
