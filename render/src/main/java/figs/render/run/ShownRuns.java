package figs.render.run;

import figs.render.scene.Figure.Mark;
import figs.render.scene.Scene;
import figs.render.text.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The runs a scene's figure draws, its titles quote or its timeline follows. A training nothing shows
 * (the template of a sweep, say) is not trained: it would cost time and change no pixel.
 */
final class ShownRuns {
    private ShownRuns() {}

    static Set<String> of(Scene scene) {
        Set<String> names = new HashSet<>();
        if (scene.timeline().run() != null) names.add(scene.timeline().run());
        List<String> titles = new ArrayList<>(List.of(scene.figure().title()));
        scene.figure().panels().forEach(p -> titles.add(p.title()));
        for (String title : titles) {
            for (String field : Template.parse(title).fieldNames()) {
                if (field.contains(".")) names.add(field.substring(0, field.indexOf('.')));   // {network.test_acc}
            }
        }
        for (var panel : scene.figure().panels()) {
            for (Mark mark : panel.marks()) {
                switch (mark) {
                    case Mark.Regions m -> names.add(m.run());
                    case Mark.Contour m -> names.add(m.run());
                    case Mark.Lines m -> names.add(m.run());
                    case Mark.Surface m -> names.add(m.run());
                    default -> { }
                }
            }
        }
        return names;
    }
}
