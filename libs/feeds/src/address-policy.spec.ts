import { AddressPolicy } from './address-policy';

describe('AddressPolicy', () => {
  const policy = new AddressPolicy();

  it.each([
    ['169.254.169.254', /cloud metadata/],
    ['127.0.0.1', /loopback/],
    ['127.8.9.10', /loopback/],
    ['10.0.0.1', /private/],
    ['172.16.5.4', /private/],
    ['172.31.255.255', /private/],
    ['192.168.1.1', /private/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['0.0.0.0', /this network/],
    ['224.0.0.251', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fd12:3456::1', /unique local/],
    ['fe80::1', /link-local/],
    ['ff02::1', /multicast/],
    ['::ffff:7f00:1', /embeds 127\.0\.0\.1: .*loopback/],
    ['::ffff:127.0.0.1', /embeds 127\.0\.0\.1/],
    ['::ffff:a9fe:a9fe', /embeds 169\.254\.169\.254/],
    ['64:ff9b::a00:1', /embeds 10\.0\.0\.1/],
    ['2002:7f00:1::', /embeds 127\.0\.0\.1/],
  ])('refuses %s', (address, reason) => {
    expect(policy.refusalOfAddress('feeds.example.com', address, 443)).toMatch(reason);
  });

  it.each(['93.184.215.14', '172.32.0.1', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '::ffff:5db8:d70e'])(
    'allows the public address %s',
    (address) => {
      expect(policy.refusalOfAddress('feeds.example.com', address, 443)).toBeNull();
    },
  );

  it('judges IP literal hosts itself and leaves names to the connect lookup', () => {
    expect(policy.refusalOfHost('[::ffff:7f00:1]', 80)).toMatch(/loopback/);
    expect(policy.refusalOfHost('feeds.example.com', 80)).toBeNull();
  });

  it('lets allow-listed names, addresses and CIDRs through on the web ports, and nothing else', () => {
    const local = new AddressPolicy(['localhost', '127.0.0.1', '10.1.0.0/16']);
    expect(local.refusalOfAddress('localhost', '::1', 80)).toBeNull();
    expect(local.refusalOfAddress('feeds.example.com', '127.0.0.1', 443)).toBeNull();
    expect(local.refusalOfAddress('feeds.example.com', '10.1.2.3', 443)).toBeNull();
    expect(local.refusalOfAddress('feeds.example.com', '10.2.0.1', 443)).toMatch(/private/);
    expect(local.refusalOfAddress('feeds.example.com', '127.0.0.2', 443)).toMatch(/loopback/);
  });

  // The demo listed 127.0.0.1 for its sample feed, and a "feed" at http://127.0.0.1:5432/ reached Postgres.
  it('opens an allow-listed address on its one port, in every notation of the address', () => {
    const demo = new AddressPolicy(['127.0.0.1:8790']);
    expect(demo.refusalOfHost('127.0.0.1', 8790)).toBeNull();
    expect(demo.refusalOfHost('127.0.0.1', 5432)).toMatch(/loopback/);
    expect(demo.refusalOfHost('[::ffff:7f00:1]', 5432)).toMatch(/embeds 127\.0\.0\.1/);
    expect(demo.refusalOfHost('[::ffff:7f00:1]', 8790)).toBeNull();
    expect(demo.refusalOfAddress('localhost', '127.0.0.1', 5432)).toMatch(/loopback/);
    expect(demo.refusalOfAddress('localhost', '127.0.0.1', 80)).toMatch(/loopback/);
  });

  it('reads host:port, [IPv6]:port, CIDR:port and "*" for every port', () => {
    const lan = new AddressPolicy(['feeds.lan:8443', '[::1]:8080', '10.1.0.0/16:443', '192.168.1.5:*']);
    expect(lan.refusalOfHost('feeds.lan', 8443)).toBeNull();
    expect(lan.refusalOfHost('feeds.lan', 22)).toMatch(/not on port 22/);
    expect(lan.refusalOfAddress('feeds.lan', '10.9.9.9', 8443)).toBeNull();
    expect(lan.refusalOfHost('[::1]', 8080)).toBeNull();
    expect(lan.refusalOfHost('[::1]', 8081)).toMatch(/loopback/);
    expect(lan.refusalOfAddress('x.example', '10.1.2.3', 443)).toBeNull();
    expect(lan.refusalOfAddress('x.example', '10.1.2.3', 80)).toMatch(/private/);
    expect(lan.refusalOfHost('192.168.1.5', 6379)).toBeNull();
  });
});
