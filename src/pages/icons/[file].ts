import type { APIRoute, GetStaticPaths } from 'astro';
import { manifestIcons, type AppIcon } from '../../offline/app-icons';
import { iconPng } from '../../offline/icon-png';

// /icons/<file>: the installed app's icons, drawn from src/offline/icon-drawing.ts (the favicon is in each page).
export const getStaticPaths = (() => manifestIcons.map((icon) => ({ params: { file: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

interface Props {
  icon: AppIcon;
}

export const GET: APIRoute<Props> = ({ props: { icon } }) =>
  new Response(new Uint8Array(iconPng(icon.size, icon.purpose)), { headers: { 'Content-Type': 'image/png' } });
