package figs.math.expr;

import java.util.Arrays;
import java.util.List;

/** The functions a formula may call, each with its derivative, all from {@link StrictMath}. */
enum Function {
    EXP, LOG, SIN, COS, TANH, SQRT, ABS;

    static List<String> names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    double value(double x) {
        return switch (this) {
            case EXP -> StrictMath.exp(x);
            case LOG -> StrictMath.log(x);
            case SIN -> StrictMath.sin(x);
            case COS -> StrictMath.cos(x);
            case TANH -> StrictMath.tanh(x);
            case SQRT -> StrictMath.sqrt(x);
            case ABS -> Math.abs(x);
        };
    }

    double derivative(double x) {
        return switch (this) {
            case EXP -> StrictMath.exp(x);
            case LOG -> 1 / x;
            case SIN -> StrictMath.cos(x);
            case COS -> -StrictMath.sin(x);
            case TANH -> 1 - StrictMath.tanh(x) * StrictMath.tanh(x);
            case SQRT -> 0.5 / StrictMath.sqrt(x);
            case ABS -> Math.signum(x);
        };
    }
}
