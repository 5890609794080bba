import {test} from '@playwright/test';
import {today} from '../../../lib/dates';
import {expectDaysAgree} from '../on-day';

test('"which version applied on a day" names the version versions.json implies, around every effective day', async ({baseURL}) => {
  await expectDaysAgree(baseURL!, 'content', today());
});
