package dev.nnscript.cli.serve;

import dev.nnscript.cli.plot.ChartFiles;
import dev.nnscript.cli.plot.TwoInputGrid;
import dev.nnscript.core.network.Network;
import java.io.IOException;

/**
 * The page's network as {@code nnrun plot --out FILE.svg|.png} draws it: the same charts, samples
 * and ranges (the data's, else 0 to 1), for the network as edited or trained.
 */
final class PlotExport {

    private PlotExport() {}

    static byte[] bytes(Network network, ServedScript served, boolean svg) throws IOException {
        if (network.inputCount() == 1) {
            return ChartFiles.bytes(ChartJson.curves(network, served.ranges().get(0), served.dots()), svg);
        }
        if (network.inputCount() == 2) {
            return ChartFiles.bytes(ChartJson.grid(network, served.ranges(), served.dots(), TwoInputGrid.DEFAULT_STEPS),
                    svg);
        }
        throw HttpProblem.conflict("a plot draws networks with one or two inputs; this one has "
                + network.inputCount() + " (as nnrun plot)");
    }

    static String fileName(ServedScript served, boolean svg) {
        String name = served.file().getFileName().toString();
        String stem = name.endsWith(".nn") ? name.substring(0, name.length() - 3) : name;
        return stem + (svg ? ".svg" : ".png");
    }
}
