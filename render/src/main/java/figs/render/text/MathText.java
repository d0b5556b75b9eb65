package figs.render.text;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Labels with TeX-like math between dollar signs, the part of matplotlib's mathtext the figures use:
 * letters in math are italic ({@code $x$}), {@code _} and {@code ^} set the next character or
 * {@code {group}} as a subscript or superscript at 70 % size, and {@code \lambda} and its kin are Greek
 * letters. Each piece is drawn as text, so SVG keeps it as text.
 */
public final class MathText {
    private static final double SCRIPT_SCALE = 0.7;
    private static final double SUB_DROP = 0.2;
    private static final double SUP_RISE = 0.38;
    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "\u03b1"), Map.entry("beta", "\u03b2"), Map.entry("gamma", "\u03b3"),
            Map.entry("delta", "\u03b4"), Map.entry("epsilon", "\u03b5"), Map.entry("eta", "\u03b7"),
            Map.entry("theta", "\u03b8"), Map.entry("lambda", "\u03bb"), Map.entry("mu", "\u03bc"),
            Map.entry("pi", "\u03c0"), Map.entry("rho", "\u03c1"), Map.entry("sigma", "\u03c3"),
            Map.entry("tau", "\u03c4"), Map.entry("phi", "\u03c6"), Map.entry("omega", "\u03c9"),
            Map.entry("Delta", "\u0394"), Map.entry("Lambda", "\u039b"), Map.entry("Sigma", "\u03a3"));

    /** A piece of the label: its text, face and size, and how far its baseline sits below the line's. */
    record Piece(String text, Font font, double drop) {}

    private MathText() {}

    /** The label laid out in pieces at {@code size} pixels. */
    static List<Piece> layout(String label, double size) {
        return layout(label, size, false);
    }

    /** As {@link #layout(String, double)}, with text outside math in the bold face when {@code bold}. */
    static List<Piece> layout(String label, double size, boolean bold) {
        List<Piece> pieces = new ArrayList<>();
        String[] parts = label.split("\\$", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) continue;
            if (i % 2 == 0) pieces.add(new Piece(parts[i], bold ? Fonts.bold(size) : Fonts.regular(size), 0));
            else math(parts[i], size, pieces);
        }
        return pieces;
    }

    private static void math(String tex, double size, List<Piece> out) {
        for (int i = 0; i < tex.length(); ) {
            char c = tex.charAt(i);
            if (c == '_' || c == '^') {
                int end = groupEnd(tex, i + 1);
                String script = strip(tex.substring(i + 1, end));
                double drop = c == '_' ? SUB_DROP * size : -SUP_RISE * size;
                List<Piece> inner = new ArrayList<>();
                math(script, size * SCRIPT_SCALE, inner);
                for (Piece p : inner) out.add(new Piece(p.text(), p.font(), p.drop() + drop));
                i = end;
            } else if (c == '\\') {
                int end = i + 1;
                while (end < tex.length() && Character.isLetter(tex.charAt(end))) end++;
                String name = tex.substring(i + 1, end);
                out.add(new Piece(GREEK.getOrDefault(name, name), Fonts.oblique(size), 0));
                i = end;
            } else {
                out.add(new Piece(String.valueOf(c), Character.isLetter(c) ? Fonts.oblique(size) : Fonts.regular(size), 0));
                i++;
            }
        }
    }

    private static int groupEnd(String tex, int start) {
        if (start >= tex.length()) return start;
        if (tex.charAt(start) != '{') return start + 1;
        int close = tex.indexOf('}', start);
        return close < 0 ? tex.length() : close + 1;
    }

    private static String strip(String group) {
        return group.startsWith("{") && group.endsWith("}") ? group.substring(1, group.length() - 1) : group;
    }

    public static double width(String label, double size) {
        double w = 0;
        for (Piece p : layout(label, size)) w += TextPainter.width(p.font(), p.text());
        return w;
    }

    /** Draws the label like {@link TextPainter#draw}, anchored at (x, y), rotated {@code degrees} counter-clockwise. */
    public static void draw(Graphics2D g, String label, double size, Color color, double x, double y,
                            TextPainter.Align align, TextPainter.Baseline baseline, double degrees) {
        draw(g, label, size, false, color, x, y, align, baseline, degrees);
    }

    public static void draw(Graphics2D g, String label, double size, boolean bold, Color color, double x, double y,
                            TextPainter.Align align, TextPainter.Baseline baseline, double degrees) {
        if (label.isEmpty()) return;
        TextPainter.drawPieces(g, layout(label, size, bold), Fonts.regular(size), color, x, y, align, baseline, degrees);
    }
}
