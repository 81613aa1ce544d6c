// The environment the suite runs in: servers the caller started (see clients/README.md).
import { resolve } from 'node:path';

/** The value of a required variable; a missing one fails the test that needs it, with its meaning. */
export function requireEnv(name: string, meaning: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: ${meaning}. Start the servers and set it (see clients/README.md).`);
  }
  return value.replace(/\/+$/, '');
}

export const accordUrl = () => requireEnv('ACCORD_URL', 'the base URL of a running Accord server, e.g. http://localhost:8081');
export const accordToken = () => requireEnv('ACCORD_TOKEN', "an editor's bearer token (the raw JWT) for that server");
export const trustedUrl = () =>
  requireEnv('ACCORD_TRUSTED_URL', 'the base URL of an Accord server started with ACCORD_TRUSTED_DOCUMENTS_ONLY=true and both manifests');
export const frontendOrigin = () =>
  requireEnv('ACCORD_FRONTEND_ORIGIN', 'the browser origin the servers allow in QUARKUS_HTTP_CORS_ORIGINS, e.g. http://localhost:5179');

/** Where screenshots go. */
export const artifactsDir = () => resolve(process.env.ACCORD_ARTIFACTS || resolve(__dirname, '..', '..', 'artifacts'));

/** The clients/ folder (the tests run from dist/, compiled). */
export const clientsDir = resolve(__dirname, '..', '..');
