import java.util.Locale;

/**
 * W3 physical-limit proxy: the StatQuest backpropagation setup trained by a hand-written loop with
 * the gradient worked out on paper. Run cold (a fresh JVM, one call), as a CLI run is.
 *
 * <p>a_k = softplus(z_k), z_k = w_k x + b_k (k = 1, 2); yhat = w3 a1 + w4 a2 + b3; SSR = sum (yhat - y)^2.
 * dSSR/dyhat = 2 r; softplus' = sigmoid. Prints one JSON line like the PyTorch script's.
 */
public class W3HandLoop {
    static final int STEPS = 10_000;
    static final double LEARNING_RATE = 0.1;
    static final double[] X = {0.0, 0.5, 1.0};
    static final double[] Y = {0.0, 1.0, 0.0};

    public static void main(String[] args) {
        // w1 b1 w2 b2 w3 w4 b3
        double[] p = {2.74, 0.0, -1.13, 0.0, 0.36, 0.63, 0.0};
        double[] g = new double[7];
        long start = System.nanoTime();
        for (int step = 0; step < STEPS; step++) {
            gradient(p, g);
            for (int k = 0; k < 7; k++) {
                p[k] -= LEARNING_RATE * g[k];
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "{\"workload\": \"W3\", \"side\": \"java-loop\", \"steps\": %d, \"seconds\": %s,"
                        + " \"steps_per_s\": %s, \"final_ssr\": %s, \"params\": {\"w1\": %s, \"b1\": %s,"
                        + " \"w2\": %s, \"b2\": %s, \"w3\": %s, \"w4\": %s, \"b3\": %s}}",
                STEPS, seconds, STEPS / seconds, ssr(p), p[0], p[1], p[2], p[3], p[4], p[5], p[6]));
    }

    static void gradient(double[] p, double[] g) {
        java.util.Arrays.fill(g, 0.0);
        for (int i = 0; i < X.length; i++) {
            double z1 = p[0] * X[i] + p[1];
            double z2 = p[2] * X[i] + p[3];
            double a1 = softplus(z1);
            double a2 = softplus(z2);
            double r2 = 2.0 * (p[4] * a1 + p[5] * a2 + p[6] - Y[i]);
            double d1 = r2 * p[4] * sigmoid(z1);
            double d2 = r2 * p[5] * sigmoid(z2);
            g[0] += d1 * X[i];
            g[1] += d1;
            g[2] += d2 * X[i];
            g[3] += d2;
            g[4] += r2 * a1;
            g[5] += r2 * a2;
            g[6] += r2;
        }
    }

    static double ssr(double[] p) {
        double sum = 0.0;
        for (int i = 0; i < X.length; i++) {
            double r = p[4] * softplus(p[0] * X[i] + p[1]) + p[5] * softplus(p[2] * X[i] + p[3]) + p[6] - Y[i];
            sum += r * r;
        }
        return sum;
    }

    static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
