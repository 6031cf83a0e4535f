// The queries search is judged by on real news, each with the one article a reader is looking for:
// - known item: the two rarest words of the article's headline among those another article also uses;
// - across number: a headline word in its other number (a form the article never uses, though another article
//   does), plus another word of the headline. The pairs of prefixes are this bench's own list of the common
//   noun classes (m-/wa-, mw-/wa-, m-/mi-, mw-/mi-, ki-/vi-, ch-/vy-), written apart from the search's rules
//   (src/search/swahili-number.ts) so that the figure does not grade those rules against themselves;
// - across verb form: a headline verb with another tense or subject (alisema → amesema, wamesema), a form the
//   article never uses though another article does, plus another word of the headline. The search does not join
//   verb forms (docs/decisions/011-search-shards.md): this figure says what that leaves a reader.
import { articleWords, type ArticleWords } from '../src/search/tokenize.ts';

export interface KnownQuery {
  query: string;
  /** The article's position in publication order. */
  article: number;
}

const NUMBER_PAIRS: Array<[singular: string, plural: string]> = [
  ['m', 'wa'],
  ['mw', 'wa'],
  ['m', 'mi'],
  ['mw', 'mi'],
  ['ki', 'vi'],
  ['ch', 'vy'],
];

function otherNumber(word: string): string[] {
  const forms = new Set<string>();
  for (const [singular, plural] of NUMBER_PAIRS) {
    if (word.startsWith(singular) && word.length - singular.length >= 3)
      forms.add(plural + word.slice(singular.length));
    if (word.startsWith(plural) && word.length - plural.length >= 3)
      forms.add(singular + word.slice(plural.length));
  }
  forms.delete(word);
  return [...forms];
}

/** Subject prefixes (longest first) and tenses of the commonest verb forms: a-na-soma, wa-li-soma, ki-me-vunjika. */
const VERB_SUBJECTS = ['wa', 'ki', 'vi', 'li', 'ya', 'zi', 'tu', 'ni', 'a', 'i', 'u'];
const VERB_TENSES = ['na', 'li', 'me', 'ta'];
const PERSON_PAIRS: Record<string, string> = { a: 'wa', wa: 'a', ki: 'vi', vi: 'ki', li: 'ya', ya: 'li' };

function otherVerbForms(word: string): string[] {
  for (const subject of VERB_SUBJECTS) {
    const tense = VERB_TENSES.find((candidate) => word.startsWith(subject + candidate));
    const stem = tense === undefined ? '' : word.slice(subject.length + tense.length);
    if (tense === undefined || stem.length < 3) continue;
    const subjects = [subject, PERSON_PAIRS[subject]].filter((each): each is string => each !== undefined);
    return subjects
      .flatMap((each) => VERB_TENSES.map((other) => each + other + stem))
      .filter((form) => form !== word);
  }
  return [];
}

export interface QuerySets {
  knownItem: KnownQuery[];
  acrossNumber: KnownQuery[];
  acrossVerbForm: KnownQuery[];
}

export function searchQueries(
  articles: ReadonlyArray<{
    headline: string;
    english: string | null;
    standfirst: string | null;
    body: readonly string[];
  }>,
): QuerySets {
  const words: ArticleWords[] = articles.map(articleWords);
  const uses = words.map(
    (article) =>
      new Set([...article.headline, ...article.english, ...article.standfirst, ...article.body.flat()]),
  );
  const articlesWith = new Map<string, number>();
  for (const used of uses) for (const word of used) articlesWith.set(word, (articlesWith.get(word) ?? 0) + 1);
  const count = (word: string) => articlesWith.get(word) ?? 0;

  const knownItem: KnownQuery[] = [];
  const acrossNumber: KnownQuery[] = [];
  const acrossVerbForm: KnownQuery[] = [];
  /** The headline word in another form (another article uses it, this one does not), with another headline word. */
  const formQuery = (at: number, headline: readonly string[], forms: (word: string) => string[]) => {
    for (const word of headline.filter((candidate) => candidate.length >= 4)) {
      const form = forms(word).find((other) => count(other) >= 1 && !uses[at]?.has(other));
      if (!form) continue;
      const another = headline.find((other) => other !== word && other.length >= 4 && count(other) >= 2);
      if (!another) continue;
      return { query: `${form} ${another}`, article: at };
    }
    return null;
  };
  words.forEach((article, at) => {
    const headline = [...new Set(article.headline)];
    const shared = headline
      .filter((word) => count(word) >= 2)
      .sort((a, b) => count(a) - count(b) || (a < b ? -1 : 1));
    if (shared.length >= 2) knownItem.push({ query: `${shared[0]} ${shared[1]}`, article: at });

    const byNumber = formQuery(at, headline, otherNumber);
    if (byNumber) acrossNumber.push(byNumber);
    const byVerbForm = formQuery(at, headline, otherVerbForms);
    if (byVerbForm) acrossVerbForm.push(byVerbForm);
  });
  return { knownItem, acrossNumber, acrossVerbForm };
}

/** Mean reciprocal rank: 1 for the article first, ½ second, …; 0 when it is not among the first `depth`. */
export function meanReciprocalRank(ranks: ReadonlyArray<number | null>, depth: number): number {
  if (ranks.length === 0) return 0;
  let sum = 0;
  for (const rank of ranks) if (rank !== null && rank < depth) sum += 1 / (rank + 1);
  return sum / ranks.length;
}
