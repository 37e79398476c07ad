import { inflateSync } from "node:zlib";

/**
 * The text of a PDF that Chromium printed, without a PDF library (none is installed): inflate
 * each FlateDecode stream, read the ToUnicode CMaps, and map the hex glyph strings of the content
 * streams' Tj/TJ operators through them. Enough for Skia's output (Identity-H fonts, one CMap
 * per font), not for PDFs in general. Text comes in drawing order; compare without whitespace,
 * as a cell's text may wrap.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const streams: string[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    const dict = raw.slice(Math.max(0, raw.lastIndexOf("<<", m.index)), m.index);
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(/FlateDecode/.test(dict) ? inflateSync(bytes).toString("latin1") : bytes.toString("latin1"));
    } catch {
      // Images and fonts that are not deflated text: not ours to read.
    }
    re.lastIndex = end + "endstream".length;
  }
  // One glyph → text map over all CMaps: Skia numbers glyphs per font, so clashes are possible but rare for a test's text.
  const map = new Map<string, string>();
  const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => Number.parseInt(x, 16)));
  for (const s of streams.filter((x) => x.includes("begincmap"))) {
    for (const block of s.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? [])
      for (const [, src, dst] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(src!.toUpperCase(), hex(dst!));
    for (const block of s.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? [])
      for (const [, lo, hi, dst] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const width = lo!.length;
        const from = Number.parseInt(lo!, 16);
        const base = Number.parseInt(dst!, 16);
        for (let g = from; g <= Number.parseInt(hi!, 16); g++)
          map.set(g.toString(16).toUpperCase().padStart(width, "0"), String.fromCodePoint(base + g - from));
      }
  }
  let out = "";
  for (const s of streams.filter((x) => /T[Jj]/.test(x) && !x.includes("begincmap")))
    for (const [, body] of s.matchAll(/(\[[^\]]*\]|<[0-9A-Fa-f]*>)\s*T[Jj]/g)) {
      for (const [, h] of body!.matchAll(/<([0-9A-Fa-f]*)>/g))
        for (const glyph of h!.match(/.{4}/g) ?? []) out += map.get(glyph.toUpperCase()) ?? "";
      out += "\n";
    }
  return out;
}
