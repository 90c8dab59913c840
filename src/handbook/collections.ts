/** The handbook's kinds of entry, in the order the site presents them. */
export const entryCollections = ['situations', 'tools', 'tips', 'case-studies', 'scenarios'] as const;
export type EntryCollection = (typeof entryCollections)[number];

/** Kinds that tag situations (everything but the situations themselves). */
export const taggedCollections = ['tools', 'tips', 'case-studies', 'scenarios'] as const;
export type TaggedCollection = (typeof taggedCollections)[number];

export const collectionLabels: Record<EntryCollection, { singular: string; plural: string; blurb: string }> = {
  situations: {
    singular: 'Situation',
    plural: 'Situations',
    blurb: 'Start from what is happening right now: each page gives first steps and everything that helps.',
  },
  tools: {
    singular: 'Tool',
    plural: 'Tools',
    blurb: 'Step-by-step procedures you can use on the job, with phrases to say.',
  },
  tips: {
    singular: 'Tip',
    plural: 'Tips',
    blurb: 'Short ideas you can use today, one at a time.',
  },
  'case-studies': {
    singular: 'Case study',
    plural: 'Case studies',
    blurb: 'Real stories of hard moments handled well, and what made the difference.',
  },
  scenarios: {
    singular: 'Scenario',
    plural: 'Scenarios',
    blurb: 'Role-play settings and questions for workshops and team practice.',
  },
};

export const channels = ['phone', 'in-person', 'written', 'any'] as const;
export type Channel = (typeof channels)[number];

export const channelLabels: Record<Channel, string> = {
  phone: 'On the phone',
  'in-person': 'In person',
  written: 'In writing',
  any: 'Any channel',
};
