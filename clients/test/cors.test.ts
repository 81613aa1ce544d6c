// Test 8: a browser page on the frontend's origin may call the API with a bearer token; a page on
// another origin may not.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { launchChromium, screenshot, withScreenshot } from '../src/browser';
import { accordToken, accordUrl, frontendOrigin } from '../src/env';

function servePage(port: number, hostname: string): Promise<Server> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><head><title>Accord frontend</title></head><body>frontend</body></html>');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(server));
  });
}

/** What fetch() in the page gives: the answer's JSON, or the error the browser raised. */
async function callFromPage(page: import('playwright-core').Page, api: string, token: string) {
  return page.evaluate(async ({ api, token }) => {
    try {
      const res = await fetch(api, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query CorsCheck { resolveActors(name: "Baku") { name } }' }),
      });
      return { status: res.status, body: await res.json(), error: null as string | null };
    } catch (e) {
      return { status: 0, body: null, error: String(e) };
    }
  }, { api, token });
}

test('CORS: the frontend origin may call the API with an Authorization header; another origin may not', async (t) => {
  const api = `${accordUrl()}/graphql`;
  const token = accordToken();
  const origin = new URL(frontendOrigin());
  const allowed = await servePage(Number(origin.port || 80), origin.hostname);
  const other = await servePage(0, origin.hostname);
  const browser = await launchChromium();
  const page = browser.pages()[0] ?? (await browser.newPage());
  try {
    await t.test(`a page on ${origin.origin}`, () => withScreenshot(page, 'cors-frontend-origin', async () => {
      const responses: Record<string, string>[] = [];
      page.on('response', (r) => { if (r.url() === api) responses.push(r.headers()); });
      await page.goto(`${origin.origin}/`);
      const result = await callFromPage(page, api, token);
      assert.equal(result.error, null, `the browser refused the call: ${result.error}`);
      assert.equal(result.status, 200);
      assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
      assert.ok(result.body.data.resolveActors.some((a: { name: string }) => /azerbaijan/i.test(a.name)));
      assert.equal(responses.at(-1)?.['access-control-allow-origin'], origin.origin);
    }));

    await t.test('a page on another origin (another port)', () => withScreenshot(page, 'cors-other-origin', async () => {
      const port = (other.address() as AddressInfo).port;
      await page.goto(`http://${origin.hostname}:${port}/`);
      const result = await callFromPage(page, api, token);
      assert.equal(result.status, 0, `the browser let the other origin read the answer: ${JSON.stringify(result.body)}`);
      assert.match(String(result.error), /Failed to fetch/);
    }));
  } catch (e) {
    console.log(`CORS test failed; screenshot: ${await screenshot(page, 'cors').catch(() => 'none')}`);
    throw e;
  } finally {
    await browser.close();
    allowed.close();
    other.close();
  }
});
