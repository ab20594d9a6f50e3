package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where a builder statement was written, read from the call stack: the file and line of the first
 * frame the predicate accepts. Stack traces carry no column, so the column is 1.
 */
public final class CallerPosition implements Supplier<SourcePosition> {

    /** The name used when no frame qualifies (a stack without line numbers, say). */
    public static final String UNKNOWN_FILE = "<builder>";

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final Predicate<StackWalker.StackFrame> caller;

    public CallerPosition(Predicate<StackWalker.StackFrame> caller) {
        this.caller = caller;
    }

    /** The first frame outside this builder, its Groovy layer, the JDK and Groovy: the user's Java or Groovy line. */
    public static CallerPosition userCode() {
        return new CallerPosition(frame -> !isLibrary(frame.getClassName()));
    }

    @Override
    public SourcePosition get() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames
                .filter(f -> f.getFileName() != null && f.getLineNumber() > 0)
                .filter(caller)
                .findFirst());
        return frame.map(f -> new SourcePosition(f.getFileName(), f.getLineNumber(), 1))
                .orElse(SourcePosition.startOf(UNKNOWN_FILE));
    }

    /** Classes of this builder, its Groovy layer, the JDK and Groovy's runtime. */
    public static boolean isLibrary(String className) {
        return className.startsWith("dev.nnscript.dsl.builder.") || className.startsWith("dev.nnscript.dsl.groovy.")
                || className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.")
                || className.startsWith("groovy.") || className.startsWith("org.codehaus.groovy.")
                || className.startsWith("org.apache.groovy.");
    }
}
