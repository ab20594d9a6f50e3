package dev.nnscript.dsl.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error text is user interface: every message a script can produce, pinned exactly as the CLI
 * shows it ({@code file:line:col: error: message}, the source line, a caret). docs/language.md lists
 * the same messages.
 */
class DiagnosticMessagesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactly(String name, String source, String expected) {
        LoadResult result = NnScripts.parse(source, "model.nn");
        assertEquals(expected.contains(": error: "), !result.succeeded(), name);
        assertEquals(expected, result.formattedDiagnostics(), name);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown activation", """
                input dosage
                hidden reluu w=1.70 b=-0.85
                output y relu w=1 b=0
                """,
                        """
                model.nn:2:8: error: unknown activation 'reluu' (did you mean 'relu'?)
                  hidden reluu w=1.70 b=-0.85
                         ^
                """),
                Arguments.of("unknown statement", """
                input dosage
                hiden relu w=1.70 b=-0.85
                output y relu w=1 b=0
                """,
                        """
                model.nn:2:1: error: unknown statement 'hiden' (did you mean 'hidden'?)
                  hiden relu w=1.70 b=-0.85
                  ^
                """),
                Arguments.of("wrong weight count", """
                input dosage
                hidden relu w=1.70 b=-0.85
                hidden relu w=12.6 b=0.00
                output effectiveness relu w=[-40.8, 2.70, 1] b=-16
                """,
                        """
                model.nn:4:27: error: expected 2 weights (one per node of the previous layer) but found 3
                  output effectiveness relu w=[-40.8, 2.70, 1] b=-16
                                            ^
                """),
                Arguments.of("single weight for two nodes", """
                input a, b
                output y relu w=1 b=0
                """,
                        """
                model.nn:2:15: error: this node needs 2 weights, one per node of the previous layer; write them as a list, w=[...]
                  output y relu w=1 b=0
                                ^
                """),
                Arguments.of("unclosed list", """
                input a, b
                output y relu w=[1, 2 b=0
                """,
                        """
                model.nn:2:23: error: expected ',' or ']' but found 'b'
                  output y relu w=[1, 2 b=0
                                        ^
                """),
                Arguments.of("missing value", """
                input dosage
                output y relu w= b=0
                """,
                        """
                model.nn:2:18: error: missing value after 'w='
                  output y relu w= b=0
                                   ^
                """),
                Arguments.of("non-numeric value", """
                input dosage
                output y relu w=abc b=0
                """,
                        """
                model.nn:2:17: error: expected a number, a list [...] or '?' after 'w=' but found 'abc'
                  output y relu w=abc b=0
                                  ^
                """),
                Arguments.of("NaN and overflow", """
                input dosage
                output y relu w=NaN b=1e999
                """,
                        """
                model.nn:2:17: error: 'NaN' is not a finite number
                  output y relu w=NaN b=1e999
                                  ^
                model.nn:2:23: error: number '1e999' is too large for a double
                  output y relu w=NaN b=1e999
                                        ^
                """),
                Arguments.of("duplicate names", """
                input x, x
                output y relu w=[1, 2] b=0
                """,
                        """
                model.nn:1:10: error: duplicate name 'x' (first on line 1)
                  input x, x
                           ^
                """),
                Arguments.of("range with two prefixes", """
                input p0..q5
                output y relu w=? b=0
                """,
                        """
                model.nn:1:7: error: both ends of a range must have the same prefix, not 'p' and 'q' in 'p0..q5'
                  input p0..q5
                        ^
                """),
                Arguments.of("range counting down", """
                input p5..p1
                hidden 2 relu
                output y identity
                """,
                        """
                model.nn:1:7: error: a range counts up, so 'p5..p1' should be 'p1..p5'
                  input p5..p1
                        ^
                """),
                Arguments.of("range too large", """
                input p0..p10000000
                hidden 2 relu
                output y identity
                """,
                        """
                model.nn:1:7: error: 'p0..p10000000' makes 10000001 names in this list, more than the 10000000 one layer may have
                  input p0..p10000000
                        ^
                """),
                Arguments.of("ranges too large together", """
                input a, b, p1..p9999999
                output 0..99999999999999999999 softmax
                """,
                        """
                model.nn:1:13: error: 'p1..p9999999' makes 10000001 names in this list, more than the 10000000 one layer may have
                  input a, b, p1..p9999999
                              ^
                model.nn:2:8: error: '0..99999999999999999999' makes 100000000000000000000 names in this list, more than the 10000000 one layer may have
                  output 0..99999999999999999999 softmax
                         ^
                """),
                Arguments.of("range without numbers", """
                input p..q
                output y identity
                """,
                        """
                model.nn:1:7: error: a range counts from one whole number to another, as in p0..p63, not 'p..q'
                  input p..q
                        ^
                """),
                Arguments.of("range with leading zeros", """
                input p01..p09
                output y identity
                """,
                        """
                model.nn:1:7: error: the numbers of a range are written without leading zeros, not 'p01..p09'
                  input p01..p09
                        ^
                """),
                Arguments.of("input range without a prefix", """
                input 0..9
                output 1a0..1a2 softmax
                """,
                        """
                model.nn:1:7: error: the names in '0..9' must start with a letter or '_'
                  input 0..9
                        ^
                model.nn:2:8: error: the names in '1a0..1a2' must start with a letter or '_', or be whole numbers
                  output 1a0..1a2 softmax
                         ^
                """),
                Arguments.of("range duplicating names", """
                input p0..p3, p2
                output 0..2, 1..3 softmax
                """,
                        """
                model.nn:1:15: error: duplicate name 'p2' (first on line 1)
                  input p0..p3, p2
                                ^
                model.nn:2:14: error: duplicate name '1' (first on line 2)
                  output 0..2, 1..3 softmax
                               ^
                model.nn:2:14: error: duplicate name '2' (first on line 2)
                  output 0..2, 1..3 softmax
                               ^
                """),
                Arguments.of("range where a size belongs", """
                input x
                hidden 0..3 relu
                output y identity
                """,
                        """
                model.nn:2:8: error: expected a number or a name but found '0..3'
                  hidden 0..3 relu
                         ^
                """),
                Arguments.of("input and output with one name", """
                input x
                output x relu w=1 b=0
                """,
                        """
                model.nn:2:8: error: duplicate name 'x' (first on line 1)
                  output x relu w=1 b=0
                         ^
                """),
                Arguments.of("input twice", """
                input a
                input b
                output y relu w=1 b=0
                """,
                        """
                model.nn:2:1: error: 'input' may appear only once (first on line 1)
                  input b
                  ^
                """),
                Arguments.of("network after input", """
                input a
                network "late"
                output y relu w=1 b=0
                """,
                        """
                model.nn:2:1: error: 'network' must come before 'input'
                  network "late"
                  ^
                """),
                Arguments.of("empty file", """
                """,
                        """
                model.nn:1:1: error: missing 'input' line, such as 'input dosage'
                 \s
                  ^
                model.nn:1:1: error: missing 'output' line, such as 'output effectiveness relu w=1.0 b=0'
                 \s
                  ^
                """),
                Arguments.of("missing output", """
                input a
                """,
                        """
                model.nn:1:1: error: missing 'output' line, such as 'output effectiveness relu w=1.0 b=0'
                  input a
                  ^
                """),
                Arguments.of("softmax mixed", """
                input a
                output p softmax w=1 b=0
                output q relu w=1 b=0
                """,
                        """
                model.nn:3:10: error: softmax cannot be mixed with other activations in one layer: line 2 uses softmax, line 3 uses 'relu'
                  output q relu w=1 b=0
                           ^
                """),
                Arguments.of("softmax in hidden layer", """
                input a
                hidden softmax w=1 b=0
                output y relu w=1 b=0
                """,
                        """
                model.nn:2:8: error: softmax is only allowed on the output layer
                  hidden softmax w=1 b=0
                         ^
                """),
                Arguments.of("hidden after output", """
                input a
                output y relu w=1 b=0
                hidden relu w=1 b=0
                """,
                        """
                model.nn:3:1: error: hidden layers must come before the output layer (line 2)
                  hidden relu w=1 b=0
                  ^
                """),
                Arguments.of("output line above two hidden lines: one mistake, one message", """
                input dosage
                output effectiveness relu w=[-40.8, 2.70] b=-16
                hidden relu w=1.70 b=-0.85
                hidden relu w=12.6 b=0
                """,
                        """
                model.nn:3:1: error: hidden layers must come before the output layer (line 2)
                  hidden relu w=1.70 b=-0.85
                  ^
                """),
                Arguments.of("predict counted beside a misspelled statement", """
                input a, b
                hiden sigmoid w=[1, 1] b=0
                output y relu w=1 b=0
                predict 1
                """,
                        """
                model.nn:2:1: error: unknown statement 'hiden' (did you mean 'hidden'?)
                  hiden sigmoid w=[1, 1] b=0
                  ^
                model.nn:4:1: error: predict needs 2 values (one per input) but found 1
                  predict 1
                  ^
                """),
                Arguments.of("a syntax error in a predict line hides no other line's error", """
                input x
                hidden relu w=[1,2] b=0
                output y relu w=1 b=0
                predict 1, 2
                predict NaN
                """,
                        """
                model.nn:2:13: error: expected 1 weight (one per node of the previous layer) but found 2
                  hidden relu w=[1,2] b=0
                              ^
                model.nn:4:1: error: predict needs 1 value (one per input) but found 2
                  predict 1, 2
                  ^
                model.nn:5:9: error: expected a number but found 'NaN'
                  predict NaN
                          ^
                """),
                Arguments.of("layer before any hidden line", """
                input a
                layer
                output y relu w=1 b=0
                """,
                        """
                model.nn:2:1: error: 'layer' ends a hidden layer, but no hidden line comes before it
                  layer
                  ^
                """),
                Arguments.of("hidden 100000000000 relu", """
                input a
                hidden 100000000000 relu
                output y relu
                """,
                        """
                model.nn:2:8: error: layer size 100000000000 is too large (at most 10000000)
                  hidden 100000000000 relu
                         ^
                """),
                Arguments.of("network too large", """
                input a
                hidden 10000000 relu
                hidden 20 relu
                output y relu
                """,
                        """
                model.nn:3:1: error: the network is too large: with this layer it has 220000020 parameters, more than the limit of 100000000
                  hidden 20 relu
                  ^
                """),
                Arguments.of("layer size not whole", """
                input a
                hidden 2.5 relu
                output y relu
                """,
                        """
                model.nn:2:8: error: layer size must be a whole number, not '2.5'
                  hidden 2.5 relu
                         ^
                """),
                Arguments.of("unknown initializer", """
                input a
                hidden 4 relu init=hee
                output y relu
                """,
                        """
                model.nn:2:20: error: unknown initializer 'hee' (did you mean 'he'?); expected he, xavier, uniform(LOW, HIGH), normal(MEAN, SD) or zeros
                  hidden 4 relu init=hee
                                     ^
                """),
                Arguments.of("initializer arguments", """
                input a
                hidden 4 relu init=uniform(1, 0)
                hidden 4 relu init=normal(0)
                hidden 4 relu init=he(1)
                output y relu
                """,
                        """
                model.nn:2:20: error: uniform(LOW, HIGH) needs LOW < HIGH, not 1, 0
                  hidden 4 relu init=uniform(1, 0)
                                     ^
                model.nn:3:20: error: initializer 'normal' takes two numbers: normal(MEAN, SD), not 1
                  hidden 4 relu init=normal(0)
                                     ^
                model.nn:4:20: error: initializer 'he' takes no numbers, not 1
                  hidden 4 relu init=he(1)
                                     ^
                """),
                Arguments.of("initializer ranges too wide for a double", """
                input a
                hidden 4 relu init=uniform(-1.7e308, 1.7e308)
                hidden 4 relu init=normal(0, 1e308)
                output y relu
                """,
                        """
                model.nn:2:20: error: uniform(LOW, HIGH) spans more than a double holds (HIGH - LOW overflows), not -1.7e308, 1.7e308; use a narrower range
                  hidden 4 relu init=uniform(-1.7e308, 1.7e308)
                                     ^
                model.nn:3:20: error: normal(MEAN, SD) draws numbers too large for a double, not 0, 1e308; keep |MEAN| + 9 SD below 1.7e308
                  hidden 4 relu init=normal(0, 1e308)
                                     ^
                """),
                Arguments.of("init on a node line", """
                input a
                output y relu w=1 b=0 init=he
                """,
                        """
                model.nn:2:23: error: init= is only for whole layers, such as 'output a, b softmax init=xavier'
                  output y relu w=1 b=0 init=he
                                        ^
                """),
                Arguments.of("w on a whole layer", """
                input a
                hidden 4 relu w=1
                output y relu
                """,
                        """
                model.nn:2:15: error: a whole layer takes no w= or b=; write one 'hidden ACT w=... b=...' line per node to give values
                  hidden 4 relu w=1
                                ^
                """),
                Arguments.of("missing w and b", """
                input a
                hidden relu b=0
                hidden relu w=1
                output y relu w=[1, 1] b=0
                """,
                        """
                model.nn:2:1: error: missing w= (the node's incoming weights; write w=? for unknown weights)
                  hidden relu b=0
                  ^
                model.nn:3:1: error: missing b= (the node's bias; write b=? for an unknown bias)
                  hidden relu w=1
                  ^
                """),
                Arguments.of("unknown parameter key", """
                input a
                output y relu w=1 b=0 c=2
                """,
                        """
                model.nn:2:23: error: unknown parameter 'c'; a node line takes w=, b= and freeze
                  output y relu w=1 b=0 c=2
                                        ^
                """),
                Arguments.of("freeze targets", """
                input a, b
                hidden relu w=[1, 2] b=0 freeze q
                hidden relu w=[1, 2] b=0 freeze w[3]
                hidden relu w=[1, 2] b=0 freeze b[1]
                hidden 3 relu freeze w
                output y relu
                """,
                        """
                model.nn:2:33: error: unknown freeze target 'q'; expected w, b or w[N]
                  hidden relu w=[1, 2] b=0 freeze q
                                                  ^
                model.nn:3:35: error: weight index 3 is too large (at most 2)
                  hidden relu w=[1, 2] b=0 freeze w[3]
                                                    ^
                model.nn:4:33: error: a node has one bias; write 'freeze b' without an index
                  hidden relu w=[1, 2] b=0 freeze b[1]
                                                  ^
                model.nn:5:22: error: a whole-layer line takes only a bare 'freeze'
                  hidden 3 relu freeze w
                                       ^
                """),
                Arguments.of("activation parameters", """
                input a
                hidden relu(0.5) w=1 b=0
                hidden elu(0) w=1 b=0
                output y leaky_relu(0.1) w=[1, 1] b=0
                """,
                        """
                model.nn:2:13: error: activation 'relu' takes no parameter (only leaky_relu(SLOPE) and elu(ALPHA) do)
                  hidden relu(0.5) w=1 b=0
                              ^
                model.nn:3:12: error: the elu alpha must be greater than 0, not 0
                  hidden elu(0) w=1 b=0
                             ^
                """),
                Arguments.of("training settings", """
                input a
                output y relu w=1 b=0
                train los=ssr lr=0 batch=0 relu_at_zero=2 shuffle=maybe
                train lr=0.1 loss=sssr steps=10 epochs=2
                """,
                        """
                model.nn:3:7: error: unknown training setting 'los' (did you mean 'loss'?)
                  train los=ssr lr=0 batch=0 relu_at_zero=2 shuffle=maybe
                        ^
                model.nn:3:18: error: lr must be a learning rate greater than 0, not 0
                  train los=ssr lr=0 batch=0 relu_at_zero=2 shuffle=maybe
                                   ^
                model.nn:3:26: error: batch must be at least 1, not 0
                  train los=ssr lr=0 batch=0 relu_at_zero=2 shuffle=maybe
                                           ^
                model.nn:3:41: error: relu_at_zero must be 0 or 1, not '2'
                  train los=ssr lr=0 batch=0 relu_at_zero=2 shuffle=maybe
                                                          ^
                model.nn:3:51: error: unknown shuffle 'maybe'; expected true or false
                  train los=ssr lr=0 batch=0 relu_at_zero=2 shuffle=maybe
                                                                    ^
                model.nn:4:7: error: training setting 'lr' is given twice (first on line 3)
                  train lr=0.1 loss=sssr steps=10 epochs=2
                        ^
                model.nn:4:19: error: unknown loss 'sssr' (did you mean 'ssr'?); expected ssr, mse, mae, cross-entropy or binary-cross-entropy
                  train lr=0.1 loss=sssr steps=10 epochs=2
                                    ^
                model.nn:4:24: error: give epochs or steps, not both
                  train lr=0.1 loss=sssr steps=10 epochs=2
                                         ^
                """),
                Arguments.of("momentum without a momentum optimizer", """
                input a
                output y relu w=1 b=0
                train momentum=0.5 optimizer=adm
                """,
                        """
                model.nn:3:7: warning: momentum is used only by optimizer=momentum and optimizer=nesterov
                  train momentum=0.5 optimizer=adm
                        ^
                model.nn:3:30: error: unknown optimizer 'adm' (did you mean 'adam'?); expected sgd, momentum, nesterov or adam
                  train momentum=0.5 optimizer=adm
                                               ^
                """),
                Arguments.of("cross-entropy without softmax", """
                input a
                output y relu w=1 b=0
                train loss=cross-entropy
                """,
                        """
                model.nn:3:12: error: loss cross-entropy needs a softmax output layer; for other outputs use ssr, mse, mae or binary-cross-entropy
                  train loss=cross-entropy
                             ^
                """),
                Arguments.of("binary cross-entropy without sigmoid outputs", """
                input a
                output y identity w=1 b=0
                output z sigmoid w=1 b=0
                train loss=binary-cross-entropy
                """,
                        """
                model.nn:4:12: error: loss binary-cross-entropy needs outputs between 0 and 1; give the output layer the sigmoid activation (or softmax), or use ssr, mse or mae
                  train loss=binary-cross-entropy
                             ^
                """),
                Arguments.of("accuracy without classes", """
                input a
                output y sigmoid w=1 b=0
                report loss, accuracy
                """,
                        """
                model.nn:3:14: error: report accuracy needs a softmax output layer (one output per class); for other outputs report loss
                  report loss, accuracy
                               ^
                """),
                Arguments.of("data columns", """
                input dosage
                output effectiveness relu w=1 b=0
                data dose, effectiveness
                  0, 0
                end
                """,
                        """
                model.nn:3:1: error: the data have no column 'dosage' for input 'dosage' (did you mean 'dose'?)
                  data dose, effectiveness
                  ^
                """),
                Arguments.of("data cells", """
                input dosage
                output effectiveness relu w=1 b=0
                data dosage, effectiveness
                  0, 0
                  0.5
                  one, 1
                  1e999, 0
                  NaN, 1
                  1, 2, 3
                end
                """,
                        """
                model.nn:5:3: error: this row has 1 value but the header names 2 columns
                    0.5
                    ^
                model.nn:6:3: error: expected a number in column 'dosage' but found 'one'
                    one, 1
                    ^
                model.nn:7:3: error: number '1e999' in column 'dosage' is too large for a double
                    1e999, 0
                    ^
                model.nn:8:3: error: 'NaN' in column 'dosage' is not a finite number
                    NaN, 1
                    ^
                model.nn:9:9: error: this row has 3 values but the header names 2 columns
                    1, 2, 3
                          ^
                """),
                Arguments.of("class labels", """
                input a
                output setosa, versicolor softmax
                data a, species
                  1, setosa
                  2, setsa
                end
                """,
                        """
                model.nn:5:6: error: unknown class label 'setsa' (did you mean 'setosa'?); the labels are the output names
                    2, setsa
                       ^
                """),
                Arguments.of("no label column", """
                input a
                output setosa, versicolor softmax
                data a, species, color
                  1, setosa, red
                end
                """,
                        """
                model.nn:3:1: error: cannot tell which column holds the class labels (2 columns are left over); name it with label=COLUMN
                  data a, species, color
                  ^
                """),
                Arguments.of("data options", """
                input a
                output y relu w=1 b=0
                data "x.csv" holdot=0.2 holdout=1 scale=zscore
                """,
                        """
                model.nn:3:14: error: unknown data option 'holdot' (did you mean 'holdout'?); expected label=, holdout= or scale=
                  data "x.csv" holdot=0.2 holdout=1 scale=zscore
                               ^
                model.nn:3:33: error: holdout must be a fraction at least 0 and below 1, not '1'
                  data "x.csv" holdot=0.2 holdout=1 scale=zscore
                                                  ^
                model.nn:3:41: error: unknown scale 'zscore'; the only scale is minmax
                  data "x.csv" holdot=0.2 holdout=1 scale=zscore
                                                          ^
                """),
                Arguments.of("data table without end", """
                input a
                output y relu w=1 b=0
                data a, y
                  1, 2
                """,
                        """
                model.nn:3:1: error: this data table has no 'end' line
                  data a, y
                  ^
                """),
                Arguments.of("data twice", """
                input a
                output y relu w=1 b=0
                data "a.csv"
                data "b.csv"
                """,
                        """
                model.nn:4:1: error: 'data' may appear only once (first on line 3)
                  data "b.csv"
                  ^
                """),
                Arguments.of("predict and report", """
                input a, b
                output y relu w=[1, 1] b=0
                predict 1
                report los
                """,
                        """
                model.nn:3:1: error: predict needs 2 values (one per input) but found 1
                  predict 1
                  ^
                model.nn:4:8: error: unknown report 'los' (did you mean 'loss'?); expected loss, accuracy or parameters
                  report los
                         ^
                """),
                Arguments.of("strings and characters", """
                network "unclosed
                input a % b
                output y relu w=1 b=0
                """,
                        """
                model.nn:1:9: error: unterminated string: a closing '"' is missing
                  network "unclosed
                          ^
                model.nn:2:9: error: unexpected character '%'
                  input a % b
                          ^
                """),
                Arguments.of("unknown escape", """
                network "a\\qb"
                input a
                output y relu w=1 b=0
                """,
                        """
                model.nn:1:11: error: unknown escape '\\q' in a string (only \\" and \\\\ are escapes)
                  network "a\\qb"
                            ^
                """),
                Arguments.of("output names", """
                input a
                output 1.5 relu
                """,
                        """
                model.nn:2:8: error: an output name must be a name or a whole number, not '1.5'
                  output 1.5 relu
                         ^
                """),
                Arguments.of("two names on a node line", """
                input a
                output y, z relu w=1 b=0
                """,
                        """
                model.nn:2:11: error: an output line with w= and b= names one output; write one line per output node
                  output y, z relu w=1 b=0
                            ^
                """),
                Arguments.of("output layer twice", """
                input a
                output y relu
                output z relu
                """,
                        """
                model.nn:3:1: error: the output layer is already given on line 2; write either one 'output NAME, NAME ACT' line or one 'output NAME ACT w=... b=...' line per node
                  output z relu
                  ^
                """),
                Arguments.of("misspelled input line: one message", """
                imput x
                hidden relu w=1 b=0
                output y relu w=1 b=0
                """,
                        """
                model.nn:1:1: error: unknown statement 'imput' (did you mean 'input'?)
                  imput x
                  ^
                """),
                Arguments.of("misspelled hidden line: no weight count after it", """
                input x
                hiden relu w=1 b=0
                hidden relu w=1 b=0
                output y relu w=[1, 1] b=0
                """,
                        """
                model.nn:2:1: error: unknown statement 'hiden' (did you mean 'hidden'?)
                  hiden relu w=1 b=0
                  ^
                """),
                Arguments.of("missing output line: no weight count", """
                input x
                hidden relu w=1 b=0
                hidden relu w=1 b=0
                hidden relu w=[1, 1] b=0
                """,
                        """
                model.nn:1:1: error: missing 'output' line, such as 'output effectiveness relu w=1.0 b=0'
                  input x
                  ^
                """),
                Arguments.of("no input line: one message, not one per layer", """
                hidden relu w=1 b=0
                output y relu w=1 b=0
                """,
                        """
                model.nn:1:1: error: missing 'input' line, such as 'input dosage'
                  hidden relu w=1 b=0
                  ^
                """),
                Arguments.of("control characters in a comment are shown, not sent to the terminal", """
                input x
                output y reluu w=1 b=0 # \u001b[2J\u0007
                """,
                        """
                model.nn:2:10: error: unknown activation 'reluu' (did you mean 'relu'?)
                  output y reluu w=1 b=0 # U+001B[2JU+0007
                           ^
                """),
                Arguments.of("the caret stays under its column after a control character", """
                network "\u001b[31m" x
                input x
                output y relu w=1 b=0
                """,
                        """
                model.nn:1:17: error: expected end of file or end of line but found 'x'
                  network "U+001B[31m" x
                                       ^
                """),
                Arguments.of("another input's column is not suggested for a missing one", """
                input petal_width, sepal_width
                output y relu w=[1, 1] b=0
                data sepal_width, y
                  1, 2
                end
                """,
                        """
                model.nn:3:1: error: the data have no column 'petal_width' for input 'petal_width'
                  data sepal_width, y
                  ^
                """),
                Arguments.of("a label in the wrong case on every row: one message", """
                input x
                output setosa, virginica softmax
                data x, species
                  1, Setosa
                  2, Setosa
                  3, Setosa
                end
                """,
                        """
                model.nn:4:6: error: unknown class label 'Setosa' (did you mean 'setosa'? case matters); the labels are the output names (3 rows like this: lines 4, 5, 6)
                    1, Setosa
                       ^
                """),
                Arguments.of("statement expected", """
                input a
                0.5, 1
                output y relu w=1 b=0
                """,
                        """
                model.nn:2:1: error: expected a statement (network, input, hidden, layer, output, data, train, predict or report) but found '0.5'
                  0.5, 1
                  ^
                """),
                Arguments.of("node parameter given twice", """
                input a
                output y relu w=1 b=0 w=2
                """,
                        """
                model.nn:2:23: error: 'w=' is given twice (first at column 15)
                  output y relu w=1 b=0 w=2
                                        ^
                """),
                Arguments.of("data option given twice", """
                input a
                output y relu w=1 b=0
                data "x.csv" scale=minmax scale=minmax
                """,
                        """
                model.nn:3:27: error: data option 'scale' is given twice
                  data "x.csv" scale=minmax scale=minmax
                                            ^
                """));
    }
}
