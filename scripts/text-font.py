"""The first font of a script (scripts/fonts): only the glyphs the app's own text is drawn with.

    python3 scripts/text-font.py FONT OUT.woff2 RANGES FILE...

Shapes every run of the script's characters (RANGES, a regex character class such as
`\u0F00-\u0FFF`) in FILEs with HarfBuzz, as a browser would, keeping each glyph a run passes
through on its way (a Tibetan stack is built in steps), and subsets FONT to those glyphs with
their layout rules but without the layout closure: the closure over the characters would keep
every stack the font can build from them, which is most of the font. Then shapes every run
again with the subset and stops the build if any run comes out different from the full font:
the page must look the same before and after the full font arrives.
"""

import io
import re
import sys

import uharfbuzz as hb
from fontTools import subset, ttLib


def runs(ranges, paths):
    """Every distinct run of the script's characters (and the spaces between them) in `paths`."""
    pattern = re.compile(f"[{ranges}]+(?:[ \u00a0\u200c\u200d]+[{ranges}]+)*")
    found = set()
    for path in paths:
        with open(path, encoding="utf-8") as file:
            for line in file:
                if path.endswith(".ftl") and line.startswith("#"):
                    continue
                found.update(match.group(0) for match in pattern.finditer(line))
    return sorted(found)


def font(data):
    return hb.Font(hb.Face(hb.Blob(data)))


def shape(hb_font, text, trace=None):
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    if trace is not None:
        # Glyphs exist from the first GSUB lookup on; before that the buffer holds characters.
        state = {"glyphs": False}

        def message(text):
            if text.startswith("start table G"):
                state["glyphs"] = True
            if state["glyphs"]:
                trace.update(info.codepoint for info in buffer.glyph_infos)
            return True

        buffer.set_message_func(message)
    hb.shape(hb_font, buffer, {})
    return buffer


def drawn(data, order, texts):
    """Each text as shaped with the font: glyph names, clusters and positions."""
    shaper = font(data)
    result = []
    for text in texts:
        buffer = shape(shaper, text)
        result.append(
            [
                (order[info.codepoint], info.cluster, pos.x_advance, pos.y_advance, pos.x_offset, pos.y_offset)
                for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions)
            ]
        )
    return result


def subset_to(source, glyphs, names):
    options = subset.Options()
    options.layout_features = ["*"]
    options.layout_closure = False
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.glyph_names = names
    subsetter = subset.Subsetter(options)
    subsetter.populate(gids=sorted(glyphs))
    result = ttLib.TTFont(io.BytesIO(source))
    subsetter.subset(result)
    return result


def main():
    source_path, out, ranges, *paths = sys.argv[1:]
    with open(source_path, "rb") as file:
        source = file.read()
    texts = runs(ranges, paths)
    glyphs = {0}
    shaper = font(source)
    for text in texts:
        shape(shaper, text, glyphs)
        glyphs.update(info.codepoint for info in shape(shaper, text).glyph_infos)

    # The check shapes a copy that keeps the glyph names, to compare glyph for glyph.
    named = subset_to(source, glyphs, names=True)
    copy = io.BytesIO()
    named.save(copy)
    before = drawn(source, ttLib.TTFont(io.BytesIO(source)).getGlyphOrder(), texts)
    after = drawn(copy.getvalue(), named.getGlyphOrder(), texts)
    wrong = [text for text, a, b in zip(texts, before, after) if a != b]
    if wrong:
        sys.exit(f"{out}: {len(wrong)} runs shape differently with the subset, e.g. {wrong[0]!r}")

    result = subset_to(source, glyphs, names=False)
    result.flavor = "woff2"
    result.save(out)
    print(f"{out}: {len(glyphs)} glyphs for {len(texts)} runs of text")


if __name__ == "__main__":
    main()
