import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readCatalog } from './handbook/catalog';
import { contentDir, worksheetsDir } from './handbook/content-dir';
import { makeSchemas, sourceSchema } from './handbook/schema';
import { loadWorkplace } from './handbook/workplace';
import { worksheetsCollection } from './worksheets/collection';

// Read every file name first, so each entry's schema can check that the
// situations, sources and entries it names exist.
const catalog = readCatalog(contentDir, worksheetsDir);
const schemas = makeSchemas(catalog);

// A bad workplace file stops the build here, before any page is made.
loadWorkplace();

const entriesIn = (folder: string) => glob({ base: `${contentDir}/${folder}`, pattern: '*.{md,mdx}' });

export const collections = {
  situations: defineCollection({ loader: entriesIn('situations'), schema: schemas.situations }),
  tools: defineCollection({ loader: entriesIn('tools'), schema: schemas.tools }),
  tips: defineCollection({ loader: entriesIn('tips'), schema: schemas.tips }),
  'case-studies': defineCollection({ loader: entriesIn('case-studies'), schema: schemas['case-studies'] }),
  scenarios: defineCollection({ loader: entriesIn('scenarios'), schema: schemas.scenarios }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema }),
  worksheets: worksheetsCollection(catalog),
};
