import type { AddressPolicy } from '@cw/feeds';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { FetchError } from './fetch-error';

/**
 * A `net.connect` lookup that only hands out addresses the policy allows. Given to undici's
 * `connect.lookup`, it runs for every connection of every redirect hop, after DNS and right before the
 * connect, so a name cannot resolve to a public address when checked and a private one when used.
 * IP literals never reach a lookup: the client checks them itself (AddressPolicy.refusalOfHost). The
 * port is the connection's: an allow-list entry opens a host on one port, not on all.
 */
export function guardedLookup(policy: AddressPolicy, port: number): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, resolved: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      // Keep only allowed addresses: a name resolving to one public and one private address can then
      // still be reached, but never through the private one.
      const refusals: string[] = [];
      const allowed = resolved.filter(({ address }) => {
        const refusal = policy.refusalOfAddress(hostname, address, port);
        if (refusal) refusals.push(refusal);
        return refusal === null;
      });
      if (allowed.length === 0) {
        const refused = new FetchError('ADDRESS_REFUSED', `address refused for ${hostname}: ${refusals.join('; ')}`, {
          url: hostname,
        });
        return callback(refused as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return callback(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}
