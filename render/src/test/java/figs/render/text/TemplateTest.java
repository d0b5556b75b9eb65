package figs.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
    @Test
    void fillsPythonStyleFields() {
        Template t = Template.parse("epoch: {epoch:03d}, acc {train_acc:.2f} {{literal}}");
        assertEquals("epoch: 007, acc 0.88 {literal}", t.fill(Map.of("epoch", 7, "train_acc", 0.8765)));
        assertEquals(List.of("epoch", "train_acc"), t.fieldNames());
    }

    @Test
    void plainFieldKeepsTheNumberAsItIs() {
        assertEquals("epoch 7", Template.parse("epoch {epoch}").fill(Map.of("epoch", 7)));
    }

    @Test
    void rejectsUnsupportedSpecsAndStrayBraces() {
        assertThrows(IllegalArgumentException.class, () -> Template.parse("{epoch:x}"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("epoch {"));
    }
}
