package dev.nnscript.dsl.diagnostic;

import java.util.Comparator;

/**
 * {@link Diagnostic#IN_SOURCE_ORDER}: file, then line, then column. A class rather than comparator
 * combinators or a method reference: every script load sorts its diagnostics, and the first lambda
 * of a run sets up the JVM's lambda machinery, which with the combinators' own lambda classes is a
 * noticeable part of a one-shot {@code nnrun} run (docs/speed.md; the launcher's class-data
 * archive cannot keep the combinators' classes).
 */
final class InSourceOrder implements Comparator<Diagnostic> {

    @Override
    public int compare(Diagnostic a, Diagnostic b) {
        SourcePosition p = a.position();
        SourcePosition q = b.position();
        int byFile = p.file().compareTo(q.file());
        if (byFile != 0) {
            return byFile;
        }
        return p.line() != q.line() ? Integer.compare(p.line(), q.line()) : Integer.compare(p.column(), q.column());
    }
}
