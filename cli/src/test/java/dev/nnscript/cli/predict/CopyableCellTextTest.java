package dev.nnscript.cli.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nnscript.cli.text.ExactNumbers;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Text taken as already shortest is exactly what the writer prints for its value. */
class CopyableCellTextTest {

    private static boolean isShortest(String text) {
        byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.US_ASCII);
        return CopyableCellText.isShortest(bytes, 1, bytes.length - 1);
    }

    /** Decimals of 1 to 18 digits with the point anywhere, a sign and leading or trailing zeros. */
    private static String decimal(long seed, int digits) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
        for (int d = 0; d < digits; d++) {
            text.append((char) ('0' + (random.nextInt(4) == 0 ? 0 : random.nextInt(10))));
        }
        int point = random.nextInt(digits + 1);
        if (point < digits) {
            text.insert(text.length() - digits + point, point == 0 ? "0." : ".");
        }
        return text.toString();
    }

    /**
     * Also counts the texts taken, so that a recogniser that takes nothing (which would pass the
     * implication vacuously) fails: about two in five of the generated decimals are in a taken form.
     */
    @Test
    void takenTextIsWhatTheWriterPrints() {
        AtomicInteger taken = new AtomicInteger();
        qt().withExamples(5000).forAll(longs().all(), integers().between(1, 18)).checkAssert((seed, digits) -> {
            String text = decimal(seed, digits);
            if (isShortest(text)) {
                taken.incrementAndGet();
                assertEquals(text, ExactNumbers.format(Double.parseDouble(text)), text);
            }
        });
        assertTrue(taken.get() >= 1000, "only " + taken + " of 5000 generated decimals were taken");
    }

    @Test
    void theWritersOwnPlainFormsOfUpTo15DigitsAreTaken() {
        AtomicInteger checked = new AtomicInteger();
        // Whole numbers scaled down by 10^0..10^9: mostly short plain forms (a uniformly drawn double
        // prints 16 or 17 digits and would rarely reach the assertion).
        qt().forAll(integers().between(-9_999_999, 9_999_999), integers().between(0, 9)).checkAssert((n, k) -> {
            double x = n / Math.pow(10, k);
            String printed = ExactNumbers.format(x);
            boolean plainAndShort = Math.abs(x) >= 1e-3 && printed.replaceAll("[-.]", "").replaceFirst("^0+", "").length() <= 15;
            if (plainAndShort) {
                checked.incrementAndGet();
                assertTrue(isShortest(printed), printed);
            }
        });
        assertTrue(checked.get() >= 500, "only " + checked + " of 1000 generated numbers print plain and short");
    }

    @Test
    void examples() {
        for (String taken : new String[] {"0", "-0", "0.5", "0.791821", "120", "1234567", "0.001", "-16", "0.25"}) {
            assertTrue(isShortest(taken), taken);
        }
        for (String refused : new String[] {"", "-", ".5", "5.", "0.50", "00.5", "+1", "1e-5", "0.0001", "12345678",
            "0.1234567890123456", "1.0", "0.000", "1,5", " 1"}) {
            assertFalse(isShortest(refused), refused);
        }
    }
}
