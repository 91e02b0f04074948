/** subset-font ships no types: the one call the share cards use. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2'; noHinting?: boolean },
  ): Promise<Uint8Array>;
}
