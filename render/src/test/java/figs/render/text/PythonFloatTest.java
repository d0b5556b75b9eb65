package figs.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Against CPython 3's repr: repr(1e-05) == '1e-05', repr(0.0001) == '0.0001', repr(1e16) == '1e+16', ... */
class PythonFloatTest {
    @Test
    void matchesCPythonsRepr() {
        assertEquals("1e-05", PythonFloat.repr(1e-5));
        assertEquals("0.0001", PythonFloat.repr(1e-4));
        assertEquals("0.001", PythonFloat.repr(0.001));
        assertEquals("1.0", PythonFloat.repr(1));
        assertEquals("0.0", PythonFloat.repr(0));
        assertEquals("2.5", PythonFloat.repr(2.5));
        assertEquals("-1.5e-07", PythonFloat.repr(-1.5e-7));
        assertEquals("1e+16", PythonFloat.repr(1e16));
        assertEquals("1234567890123456.0", PythonFloat.repr(1234567890123456.0));
        assertEquals("0.1", PythonFloat.repr(0.1));
    }
}
