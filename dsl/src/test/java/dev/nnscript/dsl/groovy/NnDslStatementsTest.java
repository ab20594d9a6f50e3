package dev.nnscript.dsl.groovy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statement of the language in its builder form gives the same script, bit for bit, as the
 * {@code .nn} text it mirrors: same spec, same validator, same assembler.
 */
class NnDslStatementsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void builderFormEqualsNnForm(String name, String groovy, String nn) {
        String call = groovy.startsWith("network(") ? groovy : "network {\n" + groovy + "\n}";
        NnNetwork built = (NnNetwork) GroovySnippets.run(call);
        NnNetwork parsed = NnDsl.parse(nn);
        assertEquals(parsed.getScript(), built.getScript(), name);
        assertEquals(parsed.toNn(), built.toNn(), name);
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("the issue's example: input, hidden nodes, output node", """
                    input 'dosage'
                    hidden relu, w: 1.70, b: -0.85
                    hidden relu, w: 12.6, b: 0.00
                    output 'effectiveness', relu, w: [-40.8, 2.70], b: -16
                    """, """
                    input dosage
                    hidden relu w=1.70 b=-0.85
                    hidden relu w=12.6 b=0.00
                    output effectiveness relu w=[-40.8, 2.70] b=-16
                    """),
                Arguments.of("network name, bare-word names, several inputs, any Number", """
                    network('Two "inputs"') {
                        input petal_width, sepal_width
                        hidden softplus, w: [1.5d, -2i], b: 0.25f
                        output 'y', identity, w: 3g, b: 1e-3
                    }
                    """, """
                    network "Two \\"inputs\\""
                    input petal_width, sepal_width
                    hidden softplus w=[1.5, -2] b=0.25
                    output y identity w=3 b=1e-3
                    """),
                Arguments.of("unknowns: unknown, '?', partly unknown lists", """
                    input 'x'
                    hidden relu, w: unknown, b: '?'
                    hidden tanh, w: 2, b: unknown
                    output 'y', identity, w: [unknown, 2.70], b: 0
                    train seed: 7
                    """, """
                    input x
                    hidden relu w=? b=?
                    hidden tanh w=2 b=?
                    output y identity w=[?, 2.70] b=0
                    train seed=7
                    """),
                Arguments.of("freeze: everything, w, b, w[N], lists", """
                    input 'x'
                    hidden relu, w: 1, b: 0, freeze: true
                    hidden relu, w: 1, b: 0, freeze: w
                    hidden relu, w: 1, b: 0, freeze: 'b'
                    layer
                    hidden sigmoid, w: [1, 2, 3], b: 0, freeze: [w[2], b]
                    hidden sigmoid, w: [1, 2, 3], b: 0, freeze: ['w[1]', 'w[3]']
                    output 'y', identity, w: [1, 2], b: 0, freeze: false
                    """, """
                    input x
                    hidden relu w=1 b=0 freeze
                    hidden relu w=1 b=0 freeze w
                    hidden relu w=1 b=0 freeze b
                    layer
                    hidden sigmoid w=[1, 2, 3] b=0 freeze w[2], b
                    hidden sigmoid w=[1, 2, 3] b=0 freeze w[1], w[3]
                    output y identity w=[1, 2] b=0
                    """),
                Arguments.of("layer() as a method, whole layers with initializers", """
                    input 'a', 'b'
                    hidden 3, relu, init: he
                    hidden relu, w: [1, 2, 3], b: 0
                    layer()
                    hidden 4, leaky_relu(0.1), init: uniform(-0.5, 0.5), freeze: true
                    hidden 2, elu(0.5), init: normal(0, 0.1)
                    output 'y', 'z', softmax, init: zeros
                    train seed: 3
                    """, """
                    input a, b
                    hidden 3 relu init=he
                    hidden relu w=[1, 2, 3] b=0
                    layer
                    hidden 4 leaky_relu(0.1) init=uniform(-0.5, 0.5) freeze
                    hidden 2 elu(0.5) init=normal(0, 0.1)
                    output y, z softmax init=zeros
                    train seed=3
                    """),
                Arguments.of("output layer of digit labels from a range", """
                    input 'pixel'
                    output 0..3, softmax
                    """, """
                    input pixel
                    output 0, 1, 2, 3 softmax
                    """),
                Arguments.of("inline data with options, train lines, predict, report", """
                    input 'dosage'
                    output 'low', 'high', softmax
                    data 'dosage', 'level', rows: [[0, 'low'], [0.50, 'high'], [1, 'low']], label: 'level', holdout: 0.2
                    train loss: 'cross-entropy', optimizer: adam, lr: 0.01, batch: full
                    train steps: 50, seed: 42, shuffle: false, relu_at_zero: 1, min_step: 1e-6, target_loss: 0.001
                    predict 0.5
                    predict 0.25
                    report loss, accuracy
                    report 'parameters'
                    """, """
                    input dosage
                    output low, high softmax
                    data dosage, level label=level holdout=0.2
                      0, low
                      0.50, high
                      1, low
                    end
                    train loss=cross-entropy optimizer=adam lr=0.01 batch=full
                    train steps=50 seed=42 shuffle=false relu_at_zero=1 min_step=1e-6 target_loss=0.001
                    predict 0.5
                    predict 0.25
                    report loss, accuracy
                    report parameters
                    """),
                Arguments.of("CSV data file, momentum, epochs, mini-batches", """
                    input 'petal_length', 'petal_width'
                    hidden 4, relu
                    output 'setosa', 'versicolor', 'virginica', softmax
                    data file: 'examples/data/iris.csv', label: 'species', scale: minmax
                    train optimizer: momentum, momentum: 0.8, epochs: 3, batch: 16
                    """, """
                    input petal_length, petal_width
                    hidden 4 relu
                    output setosa, versicolor, virginica softmax
                    data "examples/data/iris.csv" label=species scale=minmax
                    train optimizer=momentum momentum=0.8 epochs=3 batch=16
                    """));
    }
}
