import Callout from './Callout.astro';
import Contact from './Contact.astro';
import Ref from './Ref.astro';
import SayThis from './SayThis.astro';
import Steps from './Steps.astro';
import type { AuthorComponentName } from './names';

/** What MDX bodies can use without importing; the keys must match names.ts. */
export const authorComponents = { Callout, Contact, Ref, SayThis, Steps } satisfies Record<
  AuthorComponentName,
  unknown
>;
