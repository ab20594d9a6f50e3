package dev.nnscript.dsl.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.AbstractList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching a wide header: work linear in its columns, and a limit on them. */
class ColumnRolesTest {

    /** A header that counts how often its names are looked at. */
    private static final class CountingHeader extends AbstractList<String> {
        private final int size;
        private long reads;

        CountingHeader(int size) {
            this.size = size;
        }

        @Override
        public String get(int index) {
            reads++;
            return "c" + index;
        }

        @Override
        public int size() {
            return size;
        }
    }

    @Test
    void aWideHeaderIsMatchedWithAFewReadsPerColumn() {
        CountingHeader header = new CountingHeader(20_000);
        DiagnosticList diagnostics = new DiagnosticList();
        ColumnRoles roles = ColumnRoles.resolve(header, ColumnRoles.Wanted.inputsOf(List.of("c19999", "c7")),
                SourcePosition.startOf("d.csv"), diagnostics);
        assertEquals(List.of(), diagnostics.toList());
        assertEquals(19_999, roles.inputColumns()[0]);
        assertEquals(7, roles.inputColumns()[1]);
        assertTrue(header.reads <= 10L * header.size(), header.reads + " reads of " + header.size() + " names");
    }

    @Test
    void moreColumnsThanTheLimitAreRefused() {
        DiagnosticList diagnostics = new DiagnosticList();
        assertNull(ColumnRoles.resolve(new CountingHeader(ColumnRoles.MAX_COLUMNS + 1),
                ColumnRoles.Wanted.inputsOf(List.of("c1")), SourcePosition.startOf("d.csv"), diagnostics));
        assertEquals(List.of("d.csv:1:1: error: the data have 100,001 columns; at most 100,000 are allowed"),
                diagnostics.toList().stream().map(Object::toString).toList());
    }
}
