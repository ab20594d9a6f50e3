package dev.nnscript.cli.plot;

/**
 * Names as plots may show them: a control or format character (escape, carriage return, a bidi
 * override) becomes its code point, {@code U+001B}, the way the tokenizer names a stray character,
 * so a name can neither drive the terminal nor make an SVG file ill-formed XML (XML 1.0 forbids
 * most control characters even escaped).
 */
final class PrintableText {

    private PrintableText() {}

    static String of(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || cp == 0xFFFE || cp == 0xFFFF) {
                shown.append(String.format("U+%04X", cp));
            } else {
                shown.appendCodePoint(cp);
            }
        });
        return shown.toString();
    }
}
