/**
 * How people say it in the moment, and the words the handbook uses for it.
 * Search looks up both, so "customer is drunk" finds the page about an
 * intoxicated customer without the page having to repeat every slang word.
 * Add a line when a search that should work does not; keep the right-hand
 * words ones the handbook really uses (the search tests check real queries).
 */
export const handbookWords: Readonly<Record<string, readonly string[]>> = {
  drunk: ['intoxicated', 'alcohol'],
  drinking: ['intoxicated', 'alcohol'],
  wasted: ['intoxicated'],
  stoned: ['high', 'drugs'],
  yelling: ['shouting', 'angry'],
  screaming: ['shouting', 'angry'],
  shouting: ['angry'],
  furious: ['angry'],
  mad: ['angry'],
  raging: ['angry'],
  livid: ['angry'],
  swearing: ['abusive', 'insults'],
  cursing: ['abusive', 'insults'],
  profanity: ['abusive'],
  insulting: ['insults', 'rude'],
  threatening: ['threat', 'physical'],
  threatens: ['threat', 'physical'],
  violent: ['physical', 'threat'],
  aggressive: ['physical', 'bully'],
  manager: ['supervisor'],
  boss: ['supervisor'],
  happy: ['satisfied'],
  unhappy: ['satisfied'],
  pleased: ['satisfied'],
  talking: ['rambler'],
  rambling: ['rambler'],
  chatty: ['rambler'],
  crying: ['distress', 'emotion'],
  upset: ['emotion', 'angry'],
  burnout: ['tired', 'stress'],
  exhausted: ['tired', 'fatigue'],
  overwhelmed: ['stress'],
  temper: ['irritation'],
  accent: ['language'],
  english: ['language'],
  foreign: ['culture', 'language'],
  blames: ['fault', 'blame'],
  blaming: ['fault', 'blame'],
  fired: ['accountable'],
  colleague: ['co-worker'],
  coworker: ['co-worker'],
  no: ['answer'],
  email: ['written'],
  unfair: ['policy'],
  fair: ['policy'],
};

/** Idioms whose words mislead one by one ("calling me names" is not about names). */
export const handbookPhrases: Readonly<Record<string, string>> = {
  'calling me names': 'insults',
  'out of hand': 'escalating',
  "won't stop talking": 'rambler',
  'lose my temper': 'irritation',
  'losing my temper': 'irritation',
};
