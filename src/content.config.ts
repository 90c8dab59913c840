import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checkHandbook } from './handbook/check-handbook';
import { contentDir, workplaceFile, worksheetsDir } from './handbook/content-dir';
import { HandbookProblems } from './handbook/errors';
import { makeSchemas, sourceSchema } from './handbook/schema';
import { worksheetsCollection } from './worksheets/collection';
import { workshopsCollection } from './workshops/collection';

// Every file a reader or a printed sheet sees is checked first, and every
// problem is reported at once, before Astro loads anything: Astro would stop
// at the first bad file. The catalog it reads (which slugs, situations,
// sources and worksheets exist) lets each schema check the names it is given.
const { catalog, problems } = checkHandbook({ contentDir, worksheetsDir, workplaceFile });
if (problems.length > 0) throw new HandbookProblems(problems);
const schemas = makeSchemas(catalog);

const entriesIn = (folder: string) => glob({ base: `${contentDir}/${folder}`, pattern: '*.mdx' });

export const collections = {
  situations: defineCollection({ loader: entriesIn('situations'), schema: schemas.situations }),
  tools: defineCollection({ loader: entriesIn('tools'), schema: schemas.tools }),
  tips: defineCollection({ loader: entriesIn('tips'), schema: schemas.tips }),
  'case-studies': defineCollection({ loader: entriesIn('case-studies'), schema: schemas['case-studies'] }),
  scenarios: defineCollection({ loader: entriesIn('scenarios'), schema: schemas.scenarios }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema }),
  worksheets: worksheetsCollection(catalog),
  workshops: workshopsCollection(catalog),
};
