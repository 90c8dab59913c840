// What worried people type, and the page that must come up in the first three
// results of the header's search dialog. The phrasing is theirs, not the
// handbook's: slang ("drunk", "my manager"), idioms ("calling me names"),
// filler words and whole sentences.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser } from '../helpers/browser-suite';
import { openSearchDialog, searchInDialog } from '../helpers/search';
import { builtSite } from '../helpers/site';

const queries: Array<[query: string, expected: string]> = [
  ['customer is drunk', '/situations/impaired-customer/'],
  ['customer is high on something', '/situations/impaired-customer/'],
  ['not my fault', '/situations/not-your-fault/'],
  ['yelling on the phone', '/situations/angry-customer/'],
  ['calm down an angry caller', '/situations/angry-customer/'],
  ['caller is really angry about a bill', '/situations/angry-customer/'],
  ['customer swearing at me', '/situations/rude-or-abusive-customer/'],
  ['customer keeps calling me names', '/situations/rude-or-abusive-customer/'],
  ['they want to speak to my manager', '/tips/exhaust-your-options-first/'],
  ['customer wants to talk to a supervisor', '/tips/exhaust-your-options-first/'],
  ["customer won't take no for an answer", '/situations/the-answer-is-no/'],
  ['how do I say no nicely', '/situations/the-answer-is-no/'],
  ['customer just wants to vent', '/situations/customer-needs-to-vent/'],
  ['nothing makes them happy', '/situations/never-satisfied-customer/'],
  ["can't understand their accent", '/situations/another-culture-or-language/'],
  ["customer doesn't speak english well", '/situations/another-culture-or-language/'],
  ['customer is threatening me', '/situations/its-escalating/'],
  ["it's getting out of hand", '/situations/its-escalating/'],
  ['customer is being pushy', '/situations/bullying-customer/'],
  ["I'm so stressed out", '/situations/your-own-stress/'],
  ["I'm about to lose my temper", '/situations/your-own-stress/'],
  ['my boss is always on my back', '/tips/demanding-supervisor/'],
  ["customer won't stop talking", '/tips/ask-to-interrupt-a-rambler/'],
  ['customer wants someone fired', '/situations/customer-wants-accountability/'],
  ['coworker messed up and customer blames me', '/tips/dont-throw-a-coworker-under-the-bus/'],
  ['difficult coworker', '/tips/meet-a-coworker-halfway/'],
  ['refund outside our policy', '/tips/policies-and-boundaries/'],
  ['following up after a complaint', '/tools/following-up/'],
  ['customer haggling over the price', '/scenarios/haggling-customer/'],
  ['too tired to deal with customers', '/tips/fatigue-and-sleep/'],
  ["so noisy I can't hear the caller", '/tips/noisy-environment/'],
  ['customer said yes but seems unhappy', '/tips/yes-but-not-really/'],
];

describeInBrowser('search: what worried people type', builtSite, (ctx) => {
  let page: Page;

  beforeAll(async () => {
    page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}about/`);
    await openSearchDialog(page);
  });

  afterAll(async () => {
    await page.close();
  });

  it.each(queries)('"%s" brings %s into the top three', async (query, expected) => {
    const results = await searchInDialog(page, query);
    expect(results.slice(0, 3), `top results for "${query}": ${results.slice(0, 5).join(', ')}`).toContain(expected);
  });

  it('finds a worksheet: its page and its PDF', async () => {
    const results = await searchInDialog(page, 'sources of influence worksheet');
    expect(results.slice(0, 3)).toContain('/worksheets/sources-of-influence/');
    expect(results).toContain('/pdf/sources-of-influence-letter.pdf');
  });
});
