import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * W2 physical-limit proxy: streams a CSV of dosages through the "ReLU in action" formula written
 * out by hand. Usage: java -cp DIR W2Stream INPUT.csv OUTPUT.csv
 */
public class W2Stream {
    public static void main(String[] args) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            in.readLine(); // header
            out.write("effectiveness\n");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                double x = Double.parseDouble(line);
                double h1 = Math.max(0.0, 1.70 * x - 0.85);
                double h2 = Math.max(0.0, 12.6 * x + 0.0);
                double y = Math.max(0.0, -40.8 * h1 + 2.70 * h2 - 16.0);
                out.write(Double.toString(y));
                out.write('\n');
            }
        }
    }
}
