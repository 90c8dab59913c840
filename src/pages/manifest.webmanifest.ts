import type { APIRoute } from 'astro';
import { safetySituation } from '../handbook/entries';
import { webAppManifest, type AppShortcut } from '../offline/web-app-manifest';

// /manifest.webmanifest: what makes the handbook installable, with the personal-safety page and search one press from its icon.
export const GET: APIRoute = async () => {
  const safety = await safetySituation();
  const shortcuts: AppShortcut[] = [
    ...(safety ? [{ name: safety.title, path: `situations/${safety.slug}/` }] : []),
    { name: 'Search the handbook', path: 'search/' },
  ];
  return new Response(webAppManifest(shortcuts), { headers: { 'Content-Type': 'application/manifest+json' } });
};
