package figs.math.expr;

/** The parameter values and data columns a formula is evaluated with. */
record Bindings(double[] parameters, double[][] columns) {
    double parameter(int p) {
        return parameters[p];
    }

    double data(int column, int row) {
        return columns[column][row];
    }

    int rows() {
        return columns.length == 0 ? 1 : columns[0].length;
    }
}
