// URL slugs from Swahili headlines: lowercase ASCII with hyphens, the same for the same headline on every build.

const MAX_LENGTH = 80;

export function slugify(headline: string): string {
  const ascii = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = ascii.length <= MAX_LENGTH ? ascii : cutAtHyphen(ascii.slice(0, MAX_LENGTH));
  // A headline with no Latin letters or digits still needs an address; a hash of it is stable.
  return short === '' ? `habari-${hash(headline)}` : short;
}

function cutAtHyphen(slug: string): string {
  const lastHyphen = slug.lastIndexOf('-');
  return (lastHyphen > 20 ? slug.slice(0, lastHyphen) : slug).replace(/-+$/, '');
}

/** FNV-1a, 32 bits, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
