package dev.nnscript.cli.serve;

import com.google.gson.stream.JsonWriter;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.print.ReadableNumbers;
import java.io.IOException;

/**
 * The network as the page draws its editors: names, and per layer its activations and its weights
 * (row-major {@code [node][input]}, as the engine keeps them) and biases, exact and as the trace
 * prints them.
 */
final class NetworkJson {

    private NetworkJson() {}

    static void write(JsonWriter json, Network network) throws IOException {
        json.beginObject();
        json.name("name").value(network.name());
        json.name("inputs");
        JsonText.texts(json, network.inputNames());
        json.name("outputs");
        JsonText.texts(json, network.outputNames());
        json.name("layers").beginArray();
        for (int l = 0; l < network.layers().size(); l++) {
            layer(json, network.layer(l), l == network.layers().size() - 1);
        }
        json.endArray();
        json.endObject();
    }

    private static void layer(JsonWriter json, DenseLayer layer, boolean output) throws IOException {
        json.beginObject();
        json.name("output").value(output);
        json.name("inputs").value(layer.inputs());
        json.name("nodes").value(layer.outputs());
        json.name("softmax").value(layer.isSoftmax());
        json.name("activations").beginArray();
        for (int node = 0; node < layer.outputs(); node++) {
            json.value(layer.isSoftmax() ? "softmax" : layer.activation(node).name());
        }
        json.endArray();
        json.name("weights");
        JsonText.numbers(json, layer.weights());
        json.name("weightTexts");
        readable(json, layer.weights());
        json.name("biases");
        JsonText.numbers(json, layer.biases());
        json.name("biasTexts");
        readable(json, layer.biases());
        json.endObject();
    }

    static void readable(JsonWriter json, double[] values) throws IOException {
        json.beginArray();
        for (double value : values) {
            json.value(ReadableNumbers.format(value));
        }
        json.endArray();
    }
}
