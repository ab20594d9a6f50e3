package dev.nnscript.spark;

import dev.nnscript.cli.command.NnrunCommandLine;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** The one Spark session every test class shares (local[2]), and nnrun run in this JVM. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("nnscript tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session().sparkContext());
    }

    /** The repository's root (the tests run in the module's folder). */
    static Path root() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    /** What nnrun prints for these arguments, or an assertion error with its standard error. */
    static String nnrun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NnrunCommandLine.create(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        if (code != 0) {
            throw new AssertionError("nnrun " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }
}
