import { createServer } from 'node:net';
import { freePort } from './service-process';

describe('freePort', () => {
  it('gives a port below the kernel ephemeral range, where no outgoing connection can take it before a service binds it', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThanOrEqual(20_000);
    expect(port).toBeLessThan(32_768);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
