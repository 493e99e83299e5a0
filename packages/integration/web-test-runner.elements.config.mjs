import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { tsImport } from 'tsx/esm/api';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * The elements' CDN build in Chromium against a real sandbox process (built CLI, temporary
 * database, rate limit off). Build first: `pnpm --filter @upskill/sandbox... build`.
 *
 * The sandbox is started when the test server starts and stopped with it. Tests read
 * `/__sandbox.json` (its URL, fresh session tokens of the demo learners, their credential ids)
 * and `/__sandbox/learner.json` (a new learner with a session): the secret key stays here, on the
 * Node side, as it would on a partner's server.
 */
const { startSandboxProcess } = await tsImport('./test/support/sandbox.ts', import.meta.url);

const SECRET_KEY = 'sk_test_upskill_demo';

/** A sandbox for the whole run, and the routes that hand its fixtures to the tests. */
function realSandbox() {
  /** @type {Awaited<ReturnType<typeof startSandboxProcess>> | undefined} */
  let sandbox;

  async function api(method, path, body) {
    const response = await fetch(`${sandbox.url}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  }

  const session = async (learnerId) => (await api('POST', '/sessions', { learnerId, ttlSeconds: 3600 })).token;

  /** The learner's credential with `status`, or an error naming what the seed lacks. */
  async function credentialOf(learnerId, status) {
    const { data } = await api('GET', `/learners/${learnerId}/credentials`);
    const found = data.find((credential) => credential.status === status);
    if (!found) throw new Error(`The seed gives ${learnerId} no ${status} credential (found: ${data.map((c) => c.status).join(', ') || 'none'}).`);
    return found.id;
  }

  return {
    name: 'upskill-real-sandbox',
    async serverStart() {
      sandbox = await startSandboxProcess({ rateLimit: 0 });
    },
    async serverStop() {
      await sandbox?.stop();
    },
    async serve(context) {
      if (context.path === '/__sandbox.json') {
        const [amara, lucie, mateo, verified, expired, revoked] = await Promise.all([
          session('lrn_demo_amara'),
          session('lrn_demo_lucie'),
          session('lrn_demo_mateo'),
          credentialOf('lrn_demo_amara', 'active'),
          credentialOf('lrn_demo_amara', 'expired'),
          credentialOf('lrn_demo_lucie', 'revoked'),
        ]);
        const body = { baseUrl: sandbox.url, tokens: { amara, lucie, mateo }, credentials: { verified, expired, revoked } };
        return { body: JSON.stringify(body), type: 'json' };
      }
      if (context.path === '/__sandbox/learner.json') {
        // Provisioned as a partner's server would; the name may carry a test payload.
        const name = context.query.name ?? 'Test Learner';
        const learner = await api('POST', '/learners', { externalId: `ext-${randomUUID()}`, name });
        const body = { learnerId: learner.id, token: await session(learner.id) };
        return { body: JSON.stringify(body), type: 'json' };
      }
      return undefined;
    },
  };
}

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: [fileURLToPath(new URL('test/elements/**/*.test.ts', import.meta.url))],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
  ],
  plugins: [realSandbox(), esbuildPlugin({ ts: true, target: 'es2022' })],
};
