package figs.render.scene;

/** Which files to write; an absent entry writes nothing of that kind. */
public record OutputsSpec(Gif gif, Mp4 mp4, Still svg, Still png, Montage montage) {

    /**
     * {@code lossy} and {@code colors}: see
     * {@link figs.output.gif.GifSink#GifSink(java.nio.file.Path, int, boolean, double, int)}.
     */
    public record Gif(Integer frameMs, Boolean loop, Double lossy, Integer colors) {}

    /** {@code qp}: H.264 quantiser, lower is finer and larger (see {@link figs.output.mp4.Mp4Sink#DEFAULT_QP}). */
    public record Mp4(Integer fps, Integer qp) {}

    /** One frame: {@code last}, or its 0-based index. */
    public record Still(Object frame) {}

    public record Montage(Integer columns, Double scale) {}
}
