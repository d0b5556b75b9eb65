package figs.math.expr;

/**
 * A parsed formula. Evaluation carries derivatives forward (dual numbers), so gradients are exact:
 * {@code value[0]} is the value, {@code value[1 + p]} the partial derivative by parameter p.
 */
sealed interface Node {
    /** Writes value and gradient into {@code out} (length 1 + parameters) for data row {@code row}. */
    void eval(Bindings bindings, int row, double[] out);

    record Constant(double value) implements Node {
        public void eval(Bindings b, int row, double[] out) {
            java.util.Arrays.fill(out, 0);
            out[0] = value;
        }
    }

    /** A parameter (differentiated) or a data column such as {@code x_i} (constant per row). */
    record Variable(String name, int parameter, int column) implements Node {
        public void eval(Bindings b, int row, double[] out) {
            java.util.Arrays.fill(out, 0);
            if (parameter >= 0) {
                out[0] = b.parameter(parameter);
                out[1 + parameter] = 1;
            } else {
                out[0] = b.data(column, row);
            }
        }
    }

    record Negate(Node x) implements Node {
        public void eval(Bindings b, int row, double[] out) {
            x.eval(b, row, out);
            for (int i = 0; i < out.length; i++) out[i] = -out[i];
        }
    }

    record Binary(char op, Node left, Node right) implements Node {
        public void eval(Bindings b, int row, double[] out) {
            double[] r = new double[out.length];
            left.eval(b, row, out);
            right.eval(b, row, r);
            Duals.combine(op, out, r);
        }
    }

    record Call(Function function, Node argument) implements Node {
        public void eval(Bindings b, int row, double[] out) {
            argument.eval(b, row, out);
            double x = out[0];
            double slope = function.derivative(x);
            out[0] = function.value(x);
            for (int i = 1; i < out.length; i++) out[i] *= slope;
        }
    }

    /** {@code max(a, b)} or {@code min(a, b)}: the chosen argument's value and derivatives; a tie takes the first. */
    record Choose(boolean max, Node first, Node second) implements Node {
        public void eval(Bindings b, int row, double[] out) {
            double[] other = new double[out.length];
            first.eval(b, row, out);
            second.eval(b, row, other);
            boolean takeSecond = max ? other[0] > out[0] : other[0] < out[0];
            if (takeSecond) System.arraycopy(other, 0, out, 0, out.length);
        }
    }

    /** {@code mean(...)} or {@code sum(...)} of its argument over every data row. */
    record Reduce(boolean mean, Node argument) implements Node {
        public void eval(Bindings b, int row, double[] out) {
            double[] term = new double[out.length];
            java.util.Arrays.fill(out, 0);
            for (int r = 0; r < b.rows(); r++) {
                argument.eval(b, r, term);
                for (int i = 0; i < out.length; i++) out[i] += term[i];
            }
            if (mean) for (int i = 0; i < out.length; i++) out[i] /= b.rows();
        }
    }
}
