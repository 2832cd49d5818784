let thai: Intl.Segmenter | undefined;

/**
 * ICU's word segmenter with Thai rules (Thai has no spaces between words; other scripts split as
 * usual). Made on first use: building it is not free, and most posts never need it.
 */
export function wordSegmenter(): Intl.Segmenter {
  thai ??= new Intl.Segmenter('th', { granularity: 'word' });
  return thai;
}
