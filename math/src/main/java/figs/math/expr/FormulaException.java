package figs.math.expr;

/** A formula that cannot be parsed or uses a name it does not know; {@link #column()} is 1-based. */
public final class FormulaException extends IllegalArgumentException {
    private final int column;

    FormulaException(String formula, int column, String problem) {
        super(problem + " at column " + column + " of \"" + formula + "\"");
        this.column = column;
    }

    public int column() {
        return column;
    }
}
