/**
 * What per-host politeness counts by: host and port ("news.example:443" and "news.example:8443" are two
 * servers), lower case. An unparsable URL still gets a key of its own: the client will refuse it
 * without any connection.
 */
export function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
