package figs.render.text;

import java.math.BigDecimal;

/**
 * Python's {@code repr} of a float, which the notebooks' titles show ({@code "lambda = " + str(1e-05)}):
 * the shortest digits that read back to the same double (Java's {@link Double#toString} finds the same
 * digits), written positionally from 1e-4 up to 1e16 ({@code 0.0001}, {@code 1.0}, {@code 2.5}) and in
 * exponent form otherwise, with a sign and at least two exponent digits ({@code 1e-05}, {@code 1e+16}).
 */
public final class PythonFloat {
    private PythonFloat() {}

    public static String repr(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return (1 / x < 0) ? "-0.0" : "0.0";
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String sign = x < 0 ? "-" : "";
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String digits = shortest.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
    }
}
