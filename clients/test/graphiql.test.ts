// Test 1: GraphiQL in headless Chromium, used as a person would: paste the README's queries, run them,
// browse the docs, set the Authorization header, run a mutation, and watch a subscription receive an event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchChromium, screenshot, withScreenshot } from '../src/browser';
import { accordToken, accordUrl } from '../src/env';
import { postGraphQL } from '../src/http';
import { readmeOperation } from '../src/operations';

const ACTOR_DESCRIPTION = 'A state, government body, person, organisation or group that takes part in a process.';

/** Replaces the query editor's content as a user pasting text does. */
async function pasteQuery(page: Page, text: string): Promise<void> {
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  // GraphiQL picks the operation name from the editor after a short debounce, as a person would wait
  await page.waitForTimeout(700);
}

/** The response pane's whole text (CodeMirror renders only the lines in view, so ask the editor). */
async function responseText(page: Page): Promise<string> {
  return page.locator('.graphiql-response .CodeMirror').evaluate(
    (el) => (el as HTMLElement & { CodeMirror?: { getValue(): string } }).CodeMirror?.getValue() ?? (el as HTMLElement).innerText);
}

/** Clicks the run button and waits for the answer of /graphql. */
async function run(page: Page): Promise<string> {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql' && r.request().method() === 'POST');
  await page.locator('.graphiql-execute-button').click();
  await answered;
  await page.waitForFunction(() => {
    const cm = document.querySelector('.graphiql-response .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null;
    return !!cm?.CodeMirror?.getValue().trim();
  });
  return responseText(page);
}

test('GraphiQL: the README query, the docs explorer, a mutation with the Authorization header, and a subscription', async (t) => {
  const url = accordUrl();
  const token = accordToken();
  const browser = await launchChromium();
  const page = browser.pages()[0] ?? (await browser.newPage());
  const failures: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
  let step = 'load';
  try {
    await page.goto(`${url}/q/graphql-ui/`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();

    step = 'MediatorMeetings';
    await t.test('MediatorMeetings, pasted into the editor and run', () => withScreenshot(page, 'graphiql-mediator-meetings', async () => {
      await pasteQuery(page, readmeOperation('MediatorMeetings').text);
      const text = await run(page);
      const answer = JSON.parse(text);
      assert.equal(answer.errors, undefined, text);
      assert.match(text, /"2025-08-08"/, 'the Washington summit of 8 August 2025');
      const summit = answer.data.resolveActors.flatMap((a: any) => a.mediatedEvents.nodes).find((e: any) => e.start?.edtf === '2025-08-08');
      assert.equal(summit.commitments.length, 3, 'with three commitments');
      assert.ok(text.includes(summit.commitments[0].description) && summit.commitments[0].description.length > 0, 'a commitment description is shown');
    }));

    step = 'docs';
    await t.test('the docs explorer shows the description of Actor', () => withScreenshot(page, 'graphiql-docs-actor', async () => {
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-doc-explorer').waitFor();
      await page.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
      await page.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor();
      await page.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name', { hasText: /^Actor$/ }).first().click();
      await page.locator('.graphiql-doc-explorer-title', { hasText: /^Actor$/ }).waitFor();
      const description = await page.locator('.graphiql-doc-explorer-content').innerText();
      assert.ok(description.includes(ACTOR_DESCRIPTION), `Actor's description is shown:\n${description.slice(0, 500)}`);
    }));

    step = 'CreateMinistry';
    await t.test('CreateMinistry with {"Authorization": "Bearer …"} in the Headers tab', () => withScreenshot(page, 'graphiql-create-ministry', async () => {
      await page.getByRole('button', { name: 'Headers' }).click();
      const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
      await headers.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
      await pasteQuery(page, readmeOperation('CreateMinistry').text);
      const text = await run(page);
      const answer = JSON.parse(text);
      assert.equal(answer.errors, undefined, text);
      const actor = answer.data.createActor.actor;
      assert.match(actor.id, /\S/, 'the new actor has an id');
      assert.ok(text.includes(actor.id));
      assert.deepEqual(actor.names, [{ value: 'MFA Armenia', kind: 'SHORT' }]);
    }));

    step = 'subscription';
    await t.test('a subscription, run in GraphiQL, shows an event committed meanwhile', () => withScreenshot(page, 'graphiql-subscription', async () => {
      const auth = { Authorization: `Bearer ${token}` };
      const created = await postGraphQL(url, { query: 'mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }',
        variables: { in: { name: `GraphiQL live ${Date.now()}` } } }, auth);
      const processId = created.json.data.createProcess.process.id;
      // from this moment on, so the event below is sent however long the socket takes to open
      const after = (await postGraphQL(url, { query: '{ liveCursor }' })).json.data.liveCursor;
      await pasteQuery(page, `subscription LiveTimeline {\n  timelineItemAdded(process: "${processId}", after: "${after}") {\n`
        + '    cursor item { __typename ... on Event { title } }\n  }\n}');
      const socket = page.waitForEvent('websocket', (ws) => new URL(ws.url()).pathname === '/graphql');
      await page.locator('.graphiql-execute-button').click();
      await socket;
      const title = `Shown live in GraphiQL ${Date.now()}`;
      const event = await postGraphQL(url, { query: 'mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }',
        variables: { in: { kind: 'MEETING', status: 'HELD', title, start: '1994-06', process: processId } } }, auth);
      assert.ok(event.json.data?.createEvent, JSON.stringify(event.json));
      await page.waitForFunction((expected) => {
        const cm = document.querySelector('.graphiql-response .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null;
        return !!cm?.CodeMirror?.getValue().includes(expected);
      }, title, { timeout: 15000 });
      const text = await responseText(page);
      assert.equal(JSON.parse(text).data.timelineItemAdded.item.title, title, text);
      await page.locator('.graphiql-execute-button').click(); // stops the subscription
    }));

    step = 'responses';
    assert.deepEqual(failures, [], 'requests of the page that failed');
    await screenshot(page, 'graphiql-done'); // what the last step left on screen, for the record
  } catch (e) {
    const shot = await screenshot(page, `graphiql-${step}`).catch(() => 'none');
    console.log(`GraphiQL test failed at ${step}; screenshot: ${shot}`);
    throw e;
  } finally {
    await browser.close();
  }
});
