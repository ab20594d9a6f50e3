package dev.nnscript.dsl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The shortest round-trip number format: exact round trips, and no shorter form exists. */
class ScriptNumberFormatProperties {

    /** Any finite double: random bit patterns (subnormals and huge values included), and short decimals. */
    static Gen<Double> finiteDoubles() {
        Gen<Double> bits = longs().all().map(Double::longBitsToDouble).map(d -> Double.isFinite(d) ? d : -0.0);
        Gen<Double> decimals = integers().between(-1_000_000, 1_000_000).map(i -> i / 1000.0);
        Gen<Double> subnormals = longs().between(0, (1L << 52) - 1).map(Double::longBitsToDouble);
        return bits.mix(decimals).mix(subnormals).mix(doubles().between(-1e-300, 1e-300));
    }

    @Test
    void parsesBackToTheSameBits() {
        qt().forAll(finiteDoubles()).checkAssert(x -> assertEquals(
                Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Double.parseDouble(ScriptNumberFormat.format(x))),
                () -> x + " printed as " + ScriptNumberFormat.format(x)));
    }

    @Test
    void noDecimalWithFewerDigitsParsesToTheSameDouble() {
        qt().forAll(finiteDoubles()).assuming(x -> x != 0.0).checkAssert(x -> {
            int digits = ScriptNumberFormat.shortest(x).precision();
            if (digits > 1) {
                BigDecimal exact = new BigDecimal(x);
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    double back = exact.round(new MathContext(digits - 1, mode)).doubleValue();
                    assertFalse(Double.doubleToRawLongBits(back) == Double.doubleToRawLongBits(x),
                            () -> x + " has a form shorter than " + ScriptNumberFormat.format(x));
                }
            }
        });
    }

    @Test
    void wholeNumbersCountOnlyTheirSignificantDigits() {
        // -10 is 1e1's one digit: a random search hit it now and then and called it two digits long.
        for (double x : new double[] {-10.0, 120.0, 1.2e6, 3e22}) {
            int digits = ScriptNumberFormat.shortest(x).precision();
            BigDecimal oneLess = new BigDecimal(x).round(new MathContext(digits - 1 == 0 ? 1 : digits - 1));
            assertFalse(digits > 1 && Double.doubleToRawLongBits(oneLess.doubleValue()) == Double.doubleToRawLongBits(x),
                    x + " counted as " + digits + " digits");
        }
    }

    @Test
    void choosesTheSameDecimalAsTheBigDecimalSearch() {
        qt().forAll(finiteDoubles()).assuming(x -> x != 0.0).checkAssert(x -> assertEquals(
                0, RoundTripSearch.shortest(x).compareTo(ScriptNumberFormat.shortest(x)),
                () -> x + " printed as " + ScriptNumberFormat.format(x) + ", the search gives " + RoundTripSearch.shortest(x)));
    }

    @Test
    void keepsOneDigitWhereSchubfachWouldGiveTwoCloserOnes() {
        // 2^-1074 = 4.94...e-324 and 9.88...e-324: every 1-digit decimal in their intervals parses back.
        assertEquals("5e-324", ScriptNumberFormat.format(Double.MIN_VALUE));
        assertEquals("1e-323", ScriptNumberFormat.format(2 * Double.MIN_VALUE));
        assertEquals("-1.5e-323", ScriptNumberFormat.format(-3 * Double.MIN_VALUE));
        assertEquals("0.25", ScriptNumberFormat.format(0.25));
        assertEquals("120", ScriptNumberFormat.format(120.0));
        assertEquals("1200000", ScriptNumberFormat.format(1.2e6));
        assertEquals("1.2e7", ScriptNumberFormat.format(1.2e7));
        assertEquals("0.0012", ScriptNumberFormat.format(0.0012));
        assertEquals("1.2e-4", ScriptNumberFormat.format(0.00012));
    }

    @Test
    void printsTheNumbersPeopleWrote() {
        assertEquals("1.7", ScriptNumberFormat.format(1.7));
        assertEquals("-0.85", ScriptNumberFormat.format(-0.85));
        assertEquals("-16", ScriptNumberFormat.format(-16.0));
        assertEquals("0", ScriptNumberFormat.format(0.0));
        assertEquals("-0", ScriptNumberFormat.format(-0.0));
        assertEquals("0.30000000000000004", ScriptNumberFormat.format(0.1 + 0.2));
        assertEquals("1.0100000000000016", ScriptNumberFormat.format(1.0100000000000016));
        assertEquals("0.001", ScriptNumberFormat.format(0.001));
        assertEquals("1e-4", ScriptNumberFormat.format(0.0001));
        assertEquals("1234567", ScriptNumberFormat.format(1234567.0));
        assertEquals("1e7", ScriptNumberFormat.format(1e7));
    }

    @Test
    void isShorterThanJava17ToStringWhereThatIsNotShortest() {
        // Java 17 prints 1e23 as 9.999999999999999E22, 2^-1074 as 4.9E-324 and this one with 18 digits.
        assertEquals("1e23", ScriptNumberFormat.format(1e23));
        assertEquals("5e-324", ScriptNumberFormat.format(Double.MIN_VALUE));
        assertEquals("3.160701594026542e17", ScriptNumberFormat.format(3.1607015940265421E17));
        assertEquals("1.7976931348623157e308", ScriptNumberFormat.format(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", ScriptNumberFormat.format(Double.MIN_NORMAL));
    }
}
