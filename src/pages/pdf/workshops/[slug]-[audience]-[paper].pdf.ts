import type { APIRoute, GetStaticPaths } from 'astro';
import { paperIds, type PaperId } from '../../../worksheets/paper';
import { loadWorkshops, type WorkshopEntry } from '../../../workshops/entries';
import { packetAudiences, workshopPacket, type PacketAudience } from '../../../workshops/packet';

// /pdf/workshops/<slug>-<participant|facilitator>-<a4|letter>.pdf, made with the site.
export const getStaticPaths = (async () =>
  (await loadWorkshops()).flatMap((entry) =>
    packetAudiences.flatMap((audience) => paperIds.map((paper) => ({ params: { slug: entry.slug, audience, paper }, props: { entry, audience, paper } }))),
  )) satisfies GetStaticPaths;

interface Props {
  entry: WorkshopEntry;
  audience: PacketAudience;
  paper: PaperId;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const bytes = await workshopPacket(props.entry, props.audience, props.paper, site);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
