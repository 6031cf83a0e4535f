// The related-articles measure the site had before the archive work (commit 6063b03, src/seeds/related-posts.ts),
// kept unchanged as the bench's baseline: decision 009 compares today's lists with these.
// Related articles by content: TF-IDF vectors over headline, standfirst and body, cosine similarity,
// computed once at build time. Each vector keeps its strongest terms and each term its strongest articles,
// so 10,000 articles take a fraction of a second instead of 100 million comparisons.
import { tokenize } from '../src/search/tokenize.ts';

export interface RelatedText {
  headline: string;
  english: string | null;
  standfirst: string | null;
  body: readonly string[];
}

const TERMS_PER_ARTICLE = 20;
const ARTICLES_PER_TERM = 120;
// Below this, two articles share a word or two of everyday Swahili, not a subject.
const MIN_SIMILARITY = 0.2;

// Words too common in Swahili (and English headlines) to say what an article is about.
const STOPWORDS = new Set(
  (
    'ambao ambayo ambaye ambazo alisema amesema ana baada bado bila cha hadi hao hapo hata hii hiyo hilo hizo ' +
    'huo huu ili kama kati katika kila kuhusu kuwa kwa kwamba lakini mbili moja mwaka na naye ni pamoja pia ' +
    'sana tu wake wala wao yake yao zaidi zake zao alikuwa wamesema watu kwenye ' +
    'the and for with from that this into over after says said its are was has have will not'
  ).split(' '),
);

/** For each article (same order), the indexes of up to `limit` related articles, most similar first. */
export function relatedArticles(articles: readonly RelatedText[], limit = 4): number[][] {
  const count = articles.length;
  if (count < 2) return articles.map(() => []);

  const termCounts = articles.map(countTerms);
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts) {
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }

  const vectors = termCounts.map((counts) => {
    const weights: Array<[string, number]> = [];
    for (const [term, tf] of counts) {
      const df = documentFrequency.get(term) ?? 1;
      const weight = (1 + Math.log(tf)) * Math.log(count / df);
      if (df > 1 && weight > 0) weights.push([term, weight]);
    }
    weights.sort((a, b) => b[1] - a[1]);
    const top = weights.slice(0, TERMS_PER_ARTICLE);
    const norm = Math.hypot(...top.map(([, weight]) => weight)) || 1;
    return top.map(([term, weight]): [string, number] => [term, weight / norm]);
  });

  // Each term's strongest articles, as parallel typed arrays: this loop runs tens of millions of times.
  const postings = new Map<string, { articles: Int32Array; weights: Float64Array }>();
  const byTerm = new Map<string, Array<[number, number]>>();
  vectors.forEach((vector, article) => {
    for (const [term, weight] of vector) {
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push([article, weight]);
    }
  });
  for (const [term, list] of byTerm) {
    list.sort((a, b) => b[1] - a[1]);
    const kept = list.slice(0, ARTICLES_PER_TERM);
    postings.set(term, {
      articles: Int32Array.from(kept, ([article]) => article),
      weights: Float64Array.from(kept, ([, weight]) => weight),
    });
  }

  const scores = new Float64Array(count);
  return vectors.map((vector, article) => {
    const touched: number[] = [];
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (!list) continue;
      const { articles: others, weights } = list;
      for (let i = 0; i < others.length; i++) {
        const other = others[i] as number;
        if (other === article) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] as number) + weight * (weights[i] as number);
      }
    }
    const best = topScoring(touched, scores, limit);
    for (const other of touched) scores[other] = 0;
    return best;
  });
}

/** The `limit` best-scoring articles above the threshold, best first (ties: site order), in one pass. */
function topScoring(candidates: readonly number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) =>
    (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b);
  for (const candidate of candidates) {
    if ((scores[candidate] ?? 0) < MIN_SIMILARITY) continue;
    if (best.length === limit && !better(candidate, best[limit - 1] ?? 0)) continue;
    let at = best.length < limit ? best.length : limit - 1;
    while (at > 0 && better(candidate, best[at - 1] ?? 0)) {
      best[at] = best[at - 1] ?? 0;
      at--;
    }
    best[at] = candidate;
  }
  return best;
}

function countTerms(article: RelatedText): Map<string, number> {
  const counts = new Map<string, number>();
  const text = [article.headline, article.english ?? '', article.standfirst ?? '', ...article.body].join(' ');
  for (const word of tokenize(text)) {
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
