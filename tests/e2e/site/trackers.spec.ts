import {expect, test} from '@playwright/test';
import {documentText, trackedPages, trackedText} from '../trackers';

test.use({javaScriptEnabled: false});

for (const {terms, path, entry} of trackedPages().filter(({terms}) => terms === 'Privacy Policy')) {
  test(`a tracker of ${path} (${terms}) keeps exactly the title and text of the policy in force`, async ({page, request}) => {
    await page.goto(path);
    expect(await trackedText(page, entry)).toBe((await documentText(request, path)).text);
  });
}

test('the terms of service are declared for when they are published: until then their addresses are 404', async ({request}) => {
  for (const {path} of trackedPages().filter(({terms}) => terms === 'Terms of Service')) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
