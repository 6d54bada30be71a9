/** A short invented article and its corrected, re-published version (same file name). */
export const FIRST_VERSION = [
  'Harbour town plans new ferry',
  '',
  'The council will buy two electric ferries for the harbour by 2028.',
  'About 4,500 people cross the bay each day, officials said.',
  'The mayor called the plan a turning point for the town.',
].join('\n')

export const SECOND_VERSION = [
  'Harbour town plans new ferry',
  '',
  'Correction: an earlier version gave the wrong year.',
  'The council will buy two electric ferries for the harbour by 2029.',
  'About 4,500 people cross the bay each day, officials said.',
].join('\n')

export const ARTICLE_NAME = 'harbour-ferry.txt'
