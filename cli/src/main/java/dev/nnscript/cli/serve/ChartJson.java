package dev.nnscript.cli.serve;

import com.google.gson.stream.JsonWriter;
import dev.nnscript.cli.plot.Curve;
import dev.nnscript.cli.plot.DataPoints;
import dev.nnscript.cli.plot.OneInputCurves;
import dev.nnscript.cli.plot.PlotRange;
import dev.nnscript.cli.plot.TwoInputGrid;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import java.io.IOException;
import java.util.List;

/**
 * What {@code nnrun plot} would draw, as numbers for the page to draw: for one input the curves
 * (output, each hidden node's scaled contribution, their sum plus bias) sampled over the input's
 * range, for two inputs the heat map's grid; the data rows over either. Networks with more inputs
 * get {@code {"kind": "none"}}.
 */
final class ChartJson {

    /** Heat-map cells per side and curve samples: as nnrun plot draws them. */
    static final int GRID_STEPS = TwoInputGrid.DEFAULT_STEPS;
    static final int CURVE_SAMPLES = OneInputCurves.DEFAULT_SAMPLES;

    private ChartJson() {}

    static OneInputCurves curves(Network network, PlotRange range, Dataset dots) {
        OneInputCurves curves = OneInputCurves.of(network, range.from(), range.to(), CURVE_SAMPLES);
        return dots == null ? curves : curves.withData(dots, network.outputNames());
    }

    static TwoInputGrid grid(Network network, List<PlotRange> ranges, Dataset dots, int steps) {
        TwoInputGrid grid = TwoInputGrid.of(network, ranges.get(0), ranges.get(1), steps);
        return dots == null ? grid : grid.withData(dots);
    }

    static void write(JsonWriter json, Network network, ServedScript served) throws IOException {
        json.beginObject();
        if (network.inputCount() == 1) {
            OneInputCurves curves = curves(network, served.ranges().get(0), served.dots());
            json.name("kind").value("curves");
            json.name("xs");
            JsonText.numbers(json, curves.xs());
            json.name("curves").beginArray();
            for (Curve curve : curves.curves()) {
                json.beginObject().name("label").value(curve.label());
                json.name("role").value(curve.role().name().toLowerCase(java.util.Locale.ROOT));
                json.name("ys");
                JsonText.numbers(json, curve.ys());
                json.endObject();
            }
            json.endArray();
            json.name("points").beginArray();
            for (DataPoints points : curves.points()) {
                json.beginObject().name("label").value(points.label());
                json.name("xs");
                JsonText.numbers(json, points.xs());
                json.name("ys");
                JsonText.numbers(json, points.ys());
                json.endObject();
            }
            json.endArray();
        } else if (network.inputCount() == 2) {
            TwoInputGrid grid = grid(network, served.ranges(), served.dots(), GRID_STEPS);
            json.name("kind").value("grid");
            json.name("xs");
            JsonText.numbers(json, grid.xs());
            json.name("ys");
            JsonText.numbers(json, grid.ys());
            json.name("values");
            JsonText.numbers(json, grid.values());
            json.name("classes");
            JsonText.texts(json, grid.classes());
            json.name("valueName").value(grid.valueName());
            json.name("points");
            JsonText.numbers(json, grid.points());
        } else {
            json.name("kind").value("none");
        }
        json.endObject();
    }
}
