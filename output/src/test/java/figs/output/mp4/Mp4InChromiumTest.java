package figs.output.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.ChartFrames;
import figs.output.Frame;
import figs.output.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MP4 plays in a browser: headless Chromium loads it in a {@code <video>} element, which must reach
 * HAVE_CURRENT_DATA (readyState 2) with at least one picture decoded. readyState alone proves too little:
 * Chromium 156 reports 4 for a file cut right after its header, with no picture decoded. Copies whose
 * pictures are zeroed or cut off must fail, which shows that the page reports what the decoder did.
 */
class Mp4InChromiumTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FRAMES = 15;
    private static final int FPS = 10;
    /** HTMLMediaElement.HAVE_CURRENT_DATA. */
    private static final int HAVE_CURRENT_DATA = 2;
    /** After the type: JCodec writes mdat with a 64-bit size, 8 more bytes of header before the pictures. */
    private static final int MDAT_HEADER_REST = 4 + 8;
    /** The page writes one line when the video has loaded its first frame, or failed; decoded counts pictures out of the decoder. */
    private static final Pattern REPORT = Pattern.compile("<pre id=\"report\">(\\w+) readyState=(\\d) size=(\\d+)x(\\d+) duration=([\\d.]+|NaN) decoded=(\\d+)</pre>");
    private static final String PAGE = """
            <!doctype html>
            <html><body>
            <video id="video" muted preload="auto" src="%s"></video>
            <pre id="report">pending</pre>
            <script>
            const video = document.getElementById('video');
            function report(event) {
              document.getElementById('report').textContent = event + ' readyState=' + video.readyState
                + ' size=' + video.videoWidth + 'x' + video.videoHeight + ' duration=' + video.duration
                + ' decoded=' + video.getVideoPlaybackQuality().totalVideoFrames;
            }
            video.addEventListener('loadeddata', () => report('loadeddata'));
            video.addEventListener('error', () => report('error'));
            </script>
            </body></html>
            """;

    @TempDir
    static Path folder;
    static Path mp4;

    @BeforeAll
    static void encode() throws IOException {
        mp4 = folder.resolve("chart.mp4");
        try (Mp4Sink sink = new Mp4Sink(mp4, FPS)) {
            for (Frame f : ChartFrames.sequence(FRAMES, WIDTH, HEIGHT)) sink.accept(f);
        }
    }

    @Test
    void videoElementDecodesTheFirstFrameWithTheRightSizeAndDuration() throws Exception {
        Matcher report = play(mp4);
        assertTrue(plays(report), report.group());
        assertEquals(WIDTH + "x" + HEIGHT, report.group(3) + "x" + report.group(4));
        assertEquals((double) FRAMES / FPS, Double.parseDouble(report.group(5)), 1e-6, report.group());
    }

    @Test
    void aFileWhosePicturesAreZeroedDoesNotPlay() throws Exception {
        byte[] file = Files.readAllBytes(mp4);
        // The header still announces every frame (moov comes first), but no picture can be decoded.
        int mdat = new String(file, StandardCharsets.ISO_8859_1).indexOf("mdat");
        Arrays.fill(file, mdat + MDAT_HEADER_REST, file.length, (byte) 0);
        Path zeroed = folder.resolve("zeroed.mp4");
        Files.write(zeroed, file);
        assertFalse(plays(play(zeroed)));
    }

    @Test
    void aFileCutAfterItsHeaderDoesNotPlay() throws Exception {
        byte[] file = Files.readAllBytes(mp4);
        int mdat = new String(file, StandardCharsets.ISO_8859_1).indexOf("mdat");
        Path cut = folder.resolve("cut.mp4");
        Files.write(cut, Arrays.copyOf(file, mdat + MDAT_HEADER_REST));
        assertFalse(plays(play(cut)));
    }

    /** The first picture is there: loaded to readyState 2 or more, with a picture out of the decoder. */
    private static boolean plays(Matcher report) {
        return report.group(1).equals("loadeddata") && Integer.parseInt(report.group(2)) >= HAVE_CURRENT_DATA
                && Integer.parseInt(report.group(6)) >= 1;
    }

    private static Matcher play(Path video) throws Exception {
        Path page = folder.resolve(video.getFileName() + ".html");
        Files.writeString(page, PAGE.formatted(video.getFileName()));
        String dom = HeadlessChromium.dumpDom(page);
        Matcher report = REPORT.matcher(dom);
        assertTrue(report.find(), "the page reported nothing; the DOM was:\n" + dom);
        return report;
    }
}
