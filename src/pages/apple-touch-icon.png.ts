import type { APIRoute } from 'astro';
import { touchIcon } from '../offline/app-icons';
import { iconPng } from '../offline/icon-png';

// /apple-touch-icon.png: the icon iOS puts on the home screen (src/offline/app-icons.ts says why it has no link).
export const GET: APIRoute = () => new Response(new Uint8Array(iconPng(touchIcon.size, touchIcon.purpose)), { headers: { 'Content-Type': 'image/png' } });
