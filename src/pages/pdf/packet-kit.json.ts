import type { APIRoute } from 'astro';
import { packetKitJson } from '../../workshops/packet-kit';

// Every sheet's definition, for the "Make a packet" page to make packets on the reader's device.
export const GET: APIRoute = async ({ site }) => new Response(await packetKitJson(site), { headers: { 'Content-Type': 'application/json' } });
