import type { APIRoute, GetStaticPaths } from 'astro';
import { kitFaces, kitFont, type KitFace } from '../../../workshops/packet-kit';

// /pdf/fonts/arimo-<face>.ttf: the faces the worksheet PDFs embed, cut down as they embed them, for packets made in the browser.
export const getStaticPaths = (() => kitFaces.map((face) => ({ params: { face }, props: { face } }))) satisfies GetStaticPaths;

interface Props {
  face: KitFace;
}

export const GET: APIRoute<Props> = async ({ props }) => new Response(new Uint8Array(await kitFont(props.face)), { headers: { 'Content-Type': 'font/ttf' } });
