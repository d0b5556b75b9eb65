package figs.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class MathTextTest {
    private static final double SIZE = 10;

    @Test
    void subscriptIsSmallerAndLowerAndTheVariableItalic() {
        List<MathText.Piece> pieces = MathText.layout("$X_1$", SIZE);
        assertEquals(2, pieces.size());
        assertTrue(pieces.get(0).font().getFontName().contains("Oblique"), pieces.get(0).font().getFontName());
        assertEquals("1", pieces.get(1).text());
        assertEquals(7, pieces.get(1).font().getSize2D(), 1e-6);
        assertTrue(pieces.get(1).drop() > 0, "a subscript sits below the baseline");
    }

    @Test
    void superscriptRisesAndGreekLettersAreNamed() {
        List<MathText.Piece> pieces = MathText.layout("$x^{2}$ and $\\lambda$", SIZE);
        assertTrue(pieces.get(1).drop() < 0, "a superscript sits above the baseline");
        assertEquals(" and ", pieces.get(2).text());
        assertEquals(Font.PLAIN, pieces.get(2).font().getStyle());
        assertEquals("\u03bb", pieces.get(3).text());
    }

    @Test
    void plainTextIsOnePiece() {
        assertEquals(List.of("Train set"), MathText.layout("Train set", SIZE).stream().map(MathText.Piece::text).toList());
        assertTrue(MathText.width("$X_1$", SIZE) < MathText.width("X1", SIZE), "the subscript is narrower than a full digit");
    }
}
