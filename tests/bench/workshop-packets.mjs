// The workshops' packets as the build made them: each file's size and pages,
// against the separate PDFs of the sheets it holds (fonts embedded once instead of once per sheet).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

export async function benchWorkshopPackets(siteDir) {
  const dir = join(siteDir, 'pdf', 'workshops');
  const files = readdirSync(dir).filter((name) => name.endsWith('.pdf')).sort();
  console.log(`\nWorkshop packets (${files.length} files, ${dir})`);
  let packetBytes = 0;
  for (const name of files) {
    const file = join(dir, name);
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?';
    packetBytes += statSync(file).size;
    console.log(`  ${name}: ${kb(statSync(file).size)}, ${pages} pages`);
  }
  console.log(`  all packets: ${kb(packetBytes)}`);
}
