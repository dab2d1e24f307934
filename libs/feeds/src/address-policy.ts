import { BlockList, isIP } from 'node:net';

// Which addresses a feed URL may lead us to. A feed list is user input and a feed may redirect anywhere:
// without this, one "feed" pointing at http://169.254.169.254/latest/meta-data reads cloud credentials
// (SSRF). Everything not globally routable is refused unless allow-listed (tests, the local demo).

type Family = 'ipv4' | 'ipv6';
interface SpecialRange {
  network: string;
  prefix: number;
  family: Family;
  reason: string;
}

// IANA special-purpose registries (RFC 6890 and successors), most specific first so the reason is exact.
const SPECIAL_RANGES: SpecialRange[] = [
  { network: '169.254.169.254', prefix: 32, family: 'ipv4', reason: 'cloud metadata address' },
  { network: '0.0.0.0', prefix: 8, family: 'ipv4', reason: '"this network" (0.0.0.0/8)' },
  { network: '10.0.0.0', prefix: 8, family: 'ipv4', reason: 'private (10/8)' },
  { network: '100.64.0.0', prefix: 10, family: 'ipv4', reason: 'carrier-grade NAT (100.64/10)' },
  { network: '127.0.0.0', prefix: 8, family: 'ipv4', reason: 'loopback (127/8)' },
  { network: '169.254.0.0', prefix: 16, family: 'ipv4', reason: 'link-local (169.254/16)' },
  { network: '172.16.0.0', prefix: 12, family: 'ipv4', reason: 'private (172.16/12)' },
  { network: '192.0.0.0', prefix: 24, family: 'ipv4', reason: 'IETF protocol assignments (192.0.0/24)' },
  { network: '192.0.2.0', prefix: 24, family: 'ipv4', reason: 'documentation (192.0.2/24)' },
  { network: '192.168.0.0', prefix: 16, family: 'ipv4', reason: 'private (192.168/16)' },
  { network: '198.18.0.0', prefix: 15, family: 'ipv4', reason: 'benchmarking (198.18/15)' },
  { network: '198.51.100.0', prefix: 24, family: 'ipv4', reason: 'documentation (198.51.100/24)' },
  { network: '203.0.113.0', prefix: 24, family: 'ipv4', reason: 'documentation (203.0.113/24)' },
  { network: '224.0.0.0', prefix: 4, family: 'ipv4', reason: 'multicast (224/4)' },
  { network: '240.0.0.0', prefix: 4, family: 'ipv4', reason: 'reserved or broadcast (240/4)' },
  { network: '::', prefix: 128, family: 'ipv6', reason: 'unspecified (::)' },
  { network: '::1', prefix: 128, family: 'ipv6', reason: 'loopback (::1)' },
  { network: '::', prefix: 96, family: 'ipv6', reason: 'IPv4-compatible IPv6 (::/96)' },
  { network: '100::', prefix: 64, family: 'ipv6', reason: 'discard (100::/64)' },
  { network: '2001::', prefix: 32, family: 'ipv6', reason: 'Teredo tunnel (2001::/32)' },
  { network: '2001:db8::', prefix: 32, family: 'ipv6', reason: 'documentation (2001:db8::/32)' },
  { network: 'fc00::', prefix: 7, family: 'ipv6', reason: 'unique local, private (fc00::/7)' },
  { network: 'fe80::', prefix: 10, family: 'ipv6', reason: 'link-local (fe80::/10)' },
  { network: 'fec0::', prefix: 10, family: 'ipv6', reason: 'site-local (fec0::/10)' },
  { network: 'ff00::', prefix: 8, family: 'ipv6', reason: 'multicast (ff00::/8)' },
];
const SPECIAL = SPECIAL_RANGES.map((range) => ({ ...range, list: blockListOf([range]) }));

/** A port an allow-list entry opens: a number, or every port ("*"). */
type AllowedPort = number | '*';

/**
 * An allow-list entry names a host and a port ("127.0.0.1:8790", "feeds.lan:443", "[::1]:8080",
 * "10.1.0.0/16:443"; "*" for every port). A bare address opens only the web ports 80 and 443: before,
 * "127.0.0.1" opened every port of loopback in every notation of it (2130706433, ::ffff:7f00:1), and a
 * "feed" at 127.0.0.1:5432 reached Postgres.
 */
export class AddressPolicy {
  private readonly allowedNames = new Map<string, Set<AllowedPort>>();
  private readonly allowedAddresses: { list: BlockList; ports: Set<AllowedPort> }[] = [];

  constructor(allowPrivateHosts: readonly string[] = []) {
    for (const entry of allowPrivateHosts) this.allow(entry.trim().toLowerCase());
  }

  /** Why this host must not be contacted on `port`, or null. Names are judged later, on what they resolve to. */
  refusalOfHost(hostname: string, port: number): string | null {
    const host = bareHost(hostname);
    if (isIP(host) === 0) {
      const ports = this.allowedNames.get(host);
      return !ports || opens(ports, port) ? null : `${host} is allow-listed, but not on port ${port}`;
    }
    return this.refusalOfAddress(host, host, port);
  }

  /** Why `hostname` must not be reached at `address` (one of its resolved addresses) on `port`, or null. */
  refusalOfAddress(hostname: string, address: string, port: number): string | null {
    const named = this.allowedNames.get(bareHost(hostname));
    if (named && opens(named, port)) return null;
    const family = familyOf(address);
    if (!family) return `"${address}" is not an IP address`;
    if (this.allowedAddresses.some((rule) => opens(rule.ports, port) && rule.list.check(address, family))) return null;
    const embedded = embeddedIPv4(address);
    if (embedded !== null) {
      const inner = this.refusalOfAddress(embedded, embedded, port);
      return inner && `${address} embeds ${embedded}: ${inner}`;
    }
    const special = SPECIAL.find((range) => range.list.check(address, family));
    return special ? `${address}:${port} is ${special.reason}` : null;
  }

  private allow(entry: string): void {
    const { host, ports } = splitPort(entry);
    const [network, prefixText] = host.split('/');
    const family = familyOf(bareHost(network));
    if (!family) {
      const known = this.allowedNames.get(bareHost(host)) ?? new Set<AllowedPort>();
      ports.forEach((p) => known.add(p));
      this.allowedNames.set(bareHost(host), known);
      return;
    }
    const prefix = prefixText === undefined ? (family === 'ipv4' ? 32 : 128) : Number(prefixText);
    const list = new BlockList();
    list.addSubnet(bareHost(network), prefix, family);
    this.allowedAddresses.push({ list, ports: new Set(ports) });
  }
}

const WEB_PORTS: AllowedPort[] = [80, 443];

const opens = (ports: Set<AllowedPort>, port: number): boolean => ports.has('*') || ports.has(port);

// "host:port", "[v6]:port", "[v6/prefix]:port", "cidr:port"; a bare IPv6 address has colons of its own.
function splitPort(entry: string): { host: string; ports: AllowedPort[] } {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}|\*))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1], ports: portsOf(bracketed[2]) };
  const withPort = /^([^:]+):(\d{1,5}|\*)$/.exec(entry);
  if (withPort) return { host: withPort[1], ports: portsOf(withPort[2]) };
  return { host: entry, ports: WEB_PORTS };
}

function portsOf(text: string | undefined): AllowedPort[] {
  if (text === undefined) return WEB_PORTS;
  if (text === '*') return ['*'];
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`allow-list port out of range: ${text}`);
  return [port];
}

/** The port a URL goes to: its own, or its scheme's. */
export const portOf = (url: URL): number => (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80);

function blockListOf(ranges: SpecialRange[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) list.addSubnet(range.network, range.prefix, range.family);
  return list;
}

// URL.hostname keeps the brackets of IPv6 literals ("[::1]") and a trailing dot ("localhost.").
function bareHost(hostname: string): string {
  return hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

function familyOf(address: string): Family | null {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : null;
}

// IPv4 carried inside IPv6 is a classic bypass: ::ffff:7f00:1 is 127.0.0.1 (IPv4-mapped), and NAT64
// (64:ff9b::/96) or 6to4 (2002::/16) addresses reach the IPv4 host they embed.
function embeddedIPv4(address: string): string | null {
  const groups = ipv6Groups(address);
  if (!groups) return null;
  const isMapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const isNat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (isMapped || isNat64) return ipv4Of(groups[6], groups[7]);
  if (groups[0] === 0x2002) return ipv4Of(groups[1], groups[2]);
  return null;
}

function ipv6Groups(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  // Normalise a dotted tail (::ffff:127.0.0.1) to hex groups first.
  const hexOnly = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a, b, c, d) =>
    [((+a << 8) | +b).toString(16), ((+c << 8) | +d).toString(16)].join(':'),
  );
  const [head, tail = ''] = hexOnly.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = hexOnly.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...new Array<string>(hexOnly.includes('::') ? missing : 0).fill('0'), ...tailGroups];
  return groups.map((g) => parseInt(g, 16));
}

function ipv4Of(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
