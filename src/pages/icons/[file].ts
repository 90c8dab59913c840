import type { APIRoute, GetStaticPaths } from 'astro';
import { faviconFile, pngIcons, type AppIcon } from '../../offline/app-icons';
import { iconPng } from '../../offline/icon-png';
import { iconSvg } from '../../offline/icon-svg';

// /icons/<file>: the favicon and the installed app's icons, drawn from src/offline/icon-drawing.ts.
export const getStaticPaths = (() => [
  { params: { file: faviconFile }, props: { icon: undefined } },
  ...pngIcons.map((icon) => ({ params: { file: icon.file }, props: { icon } })),
]) satisfies GetStaticPaths;

interface Props {
  /** Absent for the SVG favicon. */
  icon: AppIcon | undefined;
}

export const GET: APIRoute<Props> = ({ props: { icon } }) =>
  icon === undefined
    ? new Response(iconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(new Uint8Array(iconPng(icon.size, icon.purpose)), { headers: { 'Content-Type': 'image/png' } });
