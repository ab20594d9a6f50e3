package dev.nnscript.core.activation;

import dev.nnscript.core.activation.Activations.Identity;
import dev.nnscript.core.activation.Activations.Relu;
import dev.nnscript.core.activation.Activations.Sigmoid;
import dev.nnscript.core.activation.Activations.Softplus;
import dev.nnscript.core.activation.Activations.Tanh;

/**
 * One element-wise activation over a whole array, forward and backward. The common kinds get a loop
 * of their own that calls the record's static formula, so each loop is monomorphic and the JIT
 * (the client compiler too, which never inlines an interface call) compiles it to straight-line
 * arithmetic instead of one interface call per element; other kinds go through the interface.
 * Every loop computes exactly what {@link Activation#value} and {@link Activation#derivative} do.
 */
public final class ActivationArrays {

    private ActivationArrays() {}

    /** a[k] = f(z[k]) for k < n; z and a may be the same array. */
    public static void values(Activation f, double[] z, double[] a, int n) {
        if (f instanceof Relu) {
            for (int k = 0; k < n; k++) {
                a[k] = Relu.relu(z[k]);
            }
        } else if (f instanceof Identity) {
            if (z != a) {
                System.arraycopy(z, 0, a, 0, n);
            }
        } else if (f instanceof Softplus) {
            for (int k = 0; k < n; k++) {
                a[k] = Softplus.softplus(z[k]);
            }
        } else if (f instanceof Sigmoid) {
            for (int k = 0; k < n; k++) {
                a[k] = Sigmoid.sigmoid(z[k]);
            }
        } else {
            for (int k = 0; k < n; k++) {
                a[k] = f.value(z[k]);
            }
        }
    }

    /** delta[k] *= f'(z[k]) for k < n, given a = f(z): turns dL/da into dL/dz in place. */
    public static void backward(Activation f, double[] z, double[] a, double[] delta, int n) {
        if (f instanceof Relu relu) {
            double atZero = relu.derivativeAtZero();
            for (int k = 0; k < n; k++) {
                delta[k] *= Relu.reluDerivative(z[k], atZero);
            }
        } else if (f instanceof Identity) {
            return; // times 1.0 changes no bits, NaN and infinities included
        } else if (f instanceof Softplus) {
            for (int k = 0; k < n; k++) {
                delta[k] *= Sigmoid.sigmoid(z[k]);
            }
        } else if (f instanceof Sigmoid) {
            for (int k = 0; k < n; k++) {
                delta[k] *= Sigmoid.sigmoidDerivative(a[k]);
            }
        } else if (f instanceof Tanh) {
            for (int k = 0; k < n; k++) {
                delta[k] *= Tanh.tanhDerivative(a[k]);
            }
        } else {
            for (int k = 0; k < n; k++) {
                delta[k] *= f.derivative(z[k], a[k]);
            }
        }
    }
}
