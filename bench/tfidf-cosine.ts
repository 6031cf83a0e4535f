// The plain baseline related articles are judged against: scikit-learn's TfidfVectorizer(sublinear_tf=True,
// min_df=2) and the cosine of its vectors, the four nearest articles of each (no cut-off). Written out here as
// scikit-learn computes it: lowercase tokens of two or more word characters, tf = 1 + ln(count), smoothed idf =
// ln((1 + n) / (1 + df)) + 1, words in fewer than two articles dropped, each vector scaled to length 1.

const TOKEN = /[\p{L}\p{N}_]{2,}/gu;

export function tfidfVectors(texts: readonly string[]): Array<Map<string, number>> {
  const counted = texts.map((text) => {
    const counts = new Map<string, number>();
    for (const token of text.toLowerCase().match(TOKEN) ?? [])
      counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  });
  const documentFrequency = new Map<string, number>();
  for (const counts of counted)
    for (const token of counts.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  const n = texts.length;
  return counted.map((counts) => {
    const vector = new Map<string, number>();
    for (const [token, count] of counts) {
      const df = documentFrequency.get(token) as number;
      if (df < 2) continue;
      vector.set(token, (1 + Math.log(count)) * (Math.log((1 + n) / (1 + df)) + 1));
    }
    const norm = Math.hypot(...vector.values()) || 1;
    for (const [token, weight] of vector) vector.set(token, weight / norm);
    return vector;
  });
}

/** Each text's `limit` nearest others by cosine, nearest first (ties: the earlier text first). */
export function nearestByCosine(texts: readonly string[], limit = 4): number[][] {
  const vectors = tfidfVectors(texts);
  const postings = new Map<string, Array<[article: number, weight: number]>>();
  vectors.forEach((vector, article) => {
    for (const [token, weight] of vector) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = []));
      list.push([article, weight]);
    }
  });
  return vectors.map((vector, article) => {
    const scores = new Float64Array(texts.length);
    for (const [token, weight] of vector)
      for (const [other, otherWeight] of postings.get(token) ?? [])
        scores[other] = (scores[other] as number) + weight * otherWeight;
    scores[article] = -1;
    return [...scores.keys()]
      .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
      .slice(0, limit);
  });
}
