import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readCatalog } from './handbook/catalog';
import { HandbookProblems } from './handbook/errors';
import { mdxProblems } from './handbook/mdx-rules';
import { contentDir, worksheetsDir } from './handbook/content-dir';
import { makeSchemas, sourceSchema } from './handbook/schema';
import { loadWorkplace } from './handbook/workplace';
import { worksheetsCollection } from './worksheets/collection';

// Read every file name first, so each entry's schema can check that the
// situations, sources and entries it names exist.
const catalog = readCatalog(contentDir, worksheetsDir);
const schemas = makeSchemas(catalog);

// Entry bodies are content, not code: every file is checked, and all problems
// are reported at once, before any page is made.
const bodyProblems = [...catalog.entries.values()].flatMap((entry) => mdxProblems(entry.file, readFileSync(entry.file, 'utf8'), catalog));
if (bodyProblems.length > 0) throw new HandbookProblems(bodyProblems);

// A bad workplace file stops the build here, before any page is made.
loadWorkplace();

const entriesIn = (folder: string) => glob({ base: `${contentDir}/${folder}`, pattern: '*.mdx' });

export const collections = {
  situations: defineCollection({ loader: entriesIn('situations'), schema: schemas.situations }),
  tools: defineCollection({ loader: entriesIn('tools'), schema: schemas.tools }),
  tips: defineCollection({ loader: entriesIn('tips'), schema: schemas.tips }),
  'case-studies': defineCollection({ loader: entriesIn('case-studies'), schema: schemas['case-studies'] }),
  scenarios: defineCollection({ loader: entriesIn('scenarios'), schema: schemas.scenarios }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema }),
  worksheets: worksheetsCollection(catalog),
};
