package figs.math.expr;

import java.util.List;
import java.util.Locale;

/**
 * Recursive descent over the grammar
 * <pre>
 * sum     = product (("+" | "-") product)*
 * product = unary (("*" | "/") unary)*
 * unary   = "-" unary | power
 * power   = atom (("^" | "**") unary)?        right-associative, binds tighter than unary minus on its left
 * atom    = number | name | name "(" sum ")" | ("max" | "min") "(" sum "," sum ")" | "(" sum ")"
 * </pre>
 * Names are parameters (differentiated), data columns (only inside {@code mean(...)} or {@code sum(...)}),
 * or the constants {@code pi} and {@code e}.
 */
final class Parser {
    private final String text;
    private final List<String> parameters;
    private final List<String> columns;
    private int at;
    private int reductions;

    Parser(String text, List<String> parameters, List<String> columns) {
        this.text = text;
        this.parameters = parameters;
        this.columns = columns;
    }

    Node parse() {
        Node node = sum();
        skipSpace();
        if (at < text.length()) throw error("unexpected '" + text.charAt(at) + "'");
        return node;
    }

    private Node sum() {
        Node node = product();
        for (char op = peek(); op == '+' || op == '-'; op = peek()) {
            at++;
            node = new Node.Binary(op, node, product());
        }
        return node;
    }

    private Node product() {
        Node node = unary();
        for (char op = peek(); (op == '*' && !startsWith("**")) || op == '/'; op = peek()) {
            at++;
            node = new Node.Binary(op, node, unary());
        }
        return node;
    }

    private Node unary() {
        if (peek() == '-') {
            at++;
            return new Node.Negate(unary());
        }
        if (peek() == '+') {
            at++;
            return unary();
        }
        return power();
    }

    private Node power() {
        Node base = atom();
        if (peek() == '^' || startsWith("**")) {
            at += text.charAt(at) == '^' ? 1 : 2;
            return new Node.Binary('^', base, unary());
        }
        return base;
    }

    private Node atom() {
        char c = peek();
        if (c == '(') {
            at++;
            Node inner = sum();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c) || c == '.') return number();
        if (Character.isLetter(c) || c == '_') return named();
        throw error(at >= text.length() ? "the formula ends where a number, name or '(' was expected"
                : "expected a number, name or '(' but found '" + c + "'");
    }

    private Node number() {
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) at++;
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int mark = at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) at++;
            if (at < text.length() && Character.isDigit(text.charAt(at))) {
                while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
            } else {
                at = mark;
            }
        }
        try {
            return new Node.Constant(Double.parseDouble(text.substring(start, at)));
        } catch (NumberFormatException e) {
            at = start;
            throw error("'" + text.substring(start, Math.max(start + 1, at)) + "' is not a number");
        }
    }

    private Node named() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) at++;
        String name = text.substring(start, at);
        if (peek() == '(') return call(name, start);
        int p = parameters.indexOf(name);
        if (p >= 0) return new Node.Variable(name, p, -1);
        int column = columns.indexOf(name);
        if (column >= 0) {
            if (reductions == 0) throw errorAt(start, "'" + name + "' is data: use it inside mean(...) or sum(...)");
            return new Node.Variable(name, -1, column);
        }
        if (name.equals("pi")) return new Node.Constant(Math.PI);
        if (name.equals("e")) return new Node.Constant(Math.E);
        throw errorAt(start, "unknown name '" + name + "'; known: " + String.join(", ", known()));
    }

    private Node call(String name, int start) {
        at++;
        if (name.equals("max") || name.equals("min")) {
            Node first = sum();
            expect(',');
            Node second = sum();
            expect(')');
            return new Node.Choose(name.equals("max"), first, second);
        }
        boolean reduce = name.equals("mean") || name.equals("sum");
        Function function = null;
        if (!reduce) {
            if (!Function.names().contains(name)) {
                throw errorAt(start, "unknown function '" + name + "'; known: mean, sum, max, min, " + String.join(", ", Function.names()));
            }
            function = Function.valueOf(name.toUpperCase(Locale.ROOT));
        }
        if (reduce) reductions++;
        Node argument = sum();
        if (reduce) reductions--;
        expect(')');
        return reduce ? new Node.Reduce(name.equals("mean"), argument) : new Node.Call(function, argument);
    }

    private List<String> known() {
        java.util.List<String> names = new java.util.ArrayList<>(parameters);
        names.addAll(columns);
        names.add("pi");
        names.add("e");
        return names;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error(at >= text.length() ? "the formula ends where '" + c + "' was expected" : "expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        skipSpace();
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private boolean startsWith(String s) {
        return text.startsWith(s, at);
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
    }

    private FormulaException error(String problem) {
        return errorAt(at, problem);
    }

    private FormulaException errorAt(int index, String problem) {
        return new FormulaException(text, index + 1, problem);
    }
}
