import { HostLimit } from './host-limit';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
};
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('HostLimit', () => {
  it('runs at most two requests at once to one host; the third waits for a slot', async () => {
    const hosts = new HostLimit(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      hosts.run(`https://news.example/feed/${i}`, async () => {
        started.push(i);
        await gate.promise;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect(hosts.active('https://news.example/')).toBe(2);

    gates[0].resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    expect(hosts.active('https://news.example/')).toBe(2);

    gates[1].resolve();
    gates[2].resolve();
    await Promise.all(runs);
    expect(hosts.active('https://news.example/')).toBe(0);
  });

  it('never makes one host wait for another: a hanging host holds only its own slots', async () => {
    const hosts = new HostLimit(1);
    const hanging = deferred();
    const slow = hosts.run('https://slow.example/feed', () => hanging.promise);
    await expect(hosts.run('https://fast.example/feed', async () => 'read')).resolves.toBe('read');
    hanging.resolve();
    await slow;
  });

  it('frees the slot when a request fails', async () => {
    const hosts = new HostLimit(1);
    await expect(hosts.run('https://news.example/a', () => Promise.reject(new Error('timed out')))).rejects.toThrow('timed out');
    await expect(hosts.run('https://news.example/b', async () => 'next')).resolves.toBe('next');
  });

  it('counts host and port together, case-insensitively', async () => {
    const hosts = new HostLimit(1);
    const gate = deferred();
    const first = hosts.run('http://127.0.0.1:8001/feed', () => gate.promise);
    await settle();
    expect(hosts.active('http://127.0.0.1:8001/other')).toBe(1);
    expect(hosts.active('http://127.0.0.1:8002/feed')).toBe(0);
    gate.resolve();
    await first;
  });
});
