// No imports: pages, the web app manifest and the browser bundles all read these.

/** The handbook's name, as pages title themselves and an installed app is labelled. */
export const siteName = 'Frontline Handbook';

/** One sentence about the whole handbook: the home page's description and the installed app's. */
export const siteDescription =
  'Practical help for people who face difficult customers: what to do right now, tools to use on the job, and worksheets for training.';
