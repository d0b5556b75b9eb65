package figs.math.expr;

import java.util.List;

/**
 * An objective written as text, such as {@code x^2 - y^2} or
 * {@code mean((sin(b*cos(a*x_i)) - y_i)^2)}, with exact gradients by forward-mode differentiation
 * (no finite differences). Parameters are the names the gradient is taken by; data columns are
 * per-sample values used inside {@code mean(...)} or {@code sum(...)}.
 */
public final class Formula {
    private final String text;
    private final List<String> parameters;
    private final List<String> columns;
    private final Node root;

    private Formula(String text, List<String> parameters, List<String> columns, Node root) {
        this.text = text;
        this.parameters = List.copyOf(parameters);
        this.columns = List.copyOf(columns);
        this.root = root;
    }

    /** Parses {@code text}; a {@link FormulaException} names the column of the first problem. */
    public static Formula parse(String text, List<String> parameters, List<String> columns) {
        return new Formula(text, parameters, columns, new Parser(text, parameters, columns).parse());
    }

    public static Formula parse(String text, List<String> parameters) {
        return parse(text, parameters, List.of());
    }

    public List<String> parameters() {
        return parameters;
    }

    /** {value, d/dp0, d/dp1, ...} at {@code point}, with {@code data[c]} the values of column c. */
    public double[] valueAndGradient(double[] point, double[][] data) {
        if (point.length != parameters.size()) {
            throw new IllegalArgumentException(text + " takes " + parameters.size() + " parameters, not " + point.length);
        }
        if (data.length != columns.size()) throw new IllegalArgumentException(text + " reads " + columns.size() + " data columns");
        double[] out = new double[1 + point.length];
        root.eval(new Bindings(point.clone(), data), 0, out);
        return out;
    }

    public double[] valueAndGradient(double... point) {
        return valueAndGradient(point, new double[0][]);
    }

    @Override
    public String toString() {
        return text;
    }
}
