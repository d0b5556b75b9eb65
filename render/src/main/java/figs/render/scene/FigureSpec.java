package figs.render.scene;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** The picture: size in pixels, theme, and panels holding marks bound to runs. */
public record FigureSpec(List<Integer> size, String theme, List<PanelSpec> panels) {

    public record PanelSpec(String title, Double titleSize, AxisSpec x, AxisSpec y, List<MarkSpec> marks) {}

    public record AxisSpec(String label, List<Double> limits) {}

    /** What a panel draws. {@code kind:} picks the record. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MarkSpec.Regions.class, name = "regions"),
        @JsonSubTypes.Type(value = MarkSpec.Points.class, name = "points")
    })
    public sealed interface MarkSpec {
        /** Filled contours of a training run's recorded prediction; {@code levels} is a count or a list. */
        record Regions(String of, String colormap, Double alpha, Object levels) implements MarkSpec {}

        /** A scatter plot of a data set's split, coloured by class. */
        record Points(String of, String split, Double size, String colormap, String edgeColor, Double edgeWidth,
                      Double alpha) implements MarkSpec {}
    }
}
