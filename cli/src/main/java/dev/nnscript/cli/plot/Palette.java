package dev.nnscript.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** Colours, strokes and fonts shared by the charts: StatQuest's blue, orange and green first. */
final class Palette {

    static final Color BLUE = new Color(31, 119, 180);
    static final Color ORANGE = new Color(255, 127, 14);
    static final Color GREEN = new Color(44, 160, 44);
    static final Color RED = new Color(214, 39, 40);
    static final Color INK = new Color(30, 30, 30);
    static final Color GRID = new Color(220, 220, 220);

    /** Contributions take these in turn; class maps too. */
    static final Color[] SERIES = {
        BLUE, ORANGE, new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207), new Color(214, 39, 40)
    };

    static final Stroke THIN = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THICK = new BasicStroke(4.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke OUTLINE = new BasicStroke(1.5f);
    static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1.0f,
            new float[] {8.0f, 6.0f}, 0.0f);

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    private Palette() {}

    static Color series(int index) {
        return SERIES[index % SERIES.length];
    }
}
