/**
 * Ends a service that can no longer do its work (its consumer stopped for good), so that Docker
 * Compose's `restart: unless-stopped` or any supervisor starts a fresh one; uncommitted work is
 * redelivered to it. Exit code 1, unlike a clean SIGTERM stop.
 */
export const exitForRestart = (service: string) => (error: Error) => {
  process.stderr.write(`${service}: stopping for a restart: ${error.message}\n`);
  process.exit(1);
};
