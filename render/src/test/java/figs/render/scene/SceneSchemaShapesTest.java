package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SceneSchemaShapesTest {
    @Test
    void everyComponentTypedObjectHasItsShapesInTheSchema() {
        assertEquals(List.of(), SceneSchema.unshapedComponents(),
                "give these their shapes in SceneSchema.either, or they accept anything in editors");
    }
}
