package figs.render.check;

import figs.output.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one page that shows every output a check found different, its summary line, its
 * worst frames side by side with what was expected and the contact sheet of its differing frames. Images
 * are files beside it, named relatively, so the folder can be kept as a CI artifact and opened anywhere.
 * A few lines of script mark each image as loaded or not ({@code data-loaded}) and name any that is
 * missing, so a half-copied report says so.
 */
public final class CheckReport {
    public static final String FILE = "report.html";

    private CheckReport() {}

    /** Writes the report for {@code verdicts} (in order), with the pictures of those in {@code evidence}. */
    public static Path write(Path folder, String heading, List<Verdict> verdicts, Map<String, Evidence> evidence) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>figs check</title>
                <style>
                body { font: 15px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
                table { border-collapse: collapse; margin-bottom: 2em; }
                td, th { padding: 0.25em 0.8em; border-bottom: 1px solid #ddd; text-align: left; }
                .fail { color: #b00020; font-weight: 600; }
                .note { color: #8a5a00; }
                .pass { color: #1b5e20; }
                img { display: block; max-width: 100%; margin: 0.5em 0 1.5em; border: 1px solid #ddd; }
                .missing { color: #b00020; font-weight: 600; }
                code { background: #f4f4f4; padding: 0 0.2em; }
                </style>
                </head>
                <body>
                """);
        html.append("<h1>figs check</h1>\n<p>").append(escape(heading)).append("</p>\n");
        html.append("<table>\n<tr><th>file</th><th>result</th><th>summary</th></tr>\n");
        for (Verdict v : verdicts) {
            String kind = !v.passes() ? "fail" : v.status() == Verdict.Status.IDENTICAL ? "pass" : "note";
            String anchor = evidence.containsKey(v.file()) ? "<a href=\"#" + id(v.file()) + "\">" + escape(v.file()) + "</a>" : escape(v.file());
            html.append("<tr><td>").append(anchor).append("</td><td class=\"").append(kind).append("\">")
                    .append(kind.equals("fail") ? "fails" : kind.equals("note") ? "passes, with a note" : "identical")
                    .append("</td><td>").append(escape(v.summary())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (Verdict v : verdicts) {
            Evidence e = evidence.get(v.file());
            if (e == null) continue;
            html.append("<h2 id=\"").append(id(v.file())).append("\">").append(escape(v.file())).append("</h2>\n");
            html.append("<p class=\"").append(v.passes() ? "note" : "fail").append("\">").append(escape(v.summary())).append("</p>\n");
            if (!e.worst().isEmpty()) html.append("<h3>Worst frames: expected, actual, difference</h3>\n");
            for (String picture : e.worst()) image(html, picture, "worst frame of " + v.file());
            html.append("<h3>Frames that differ (pixels changed by " + DiffPictures.VISIBLE + " or more of 255 in magenta, by less in pink)")
                    .append(e.shown() < v.differing() ? ": the first " + e.shown() + " of " + v.differing() : "").append("</h3>\n");
            image(html, e.sheet(), "frames of " + v.file() + " that differ");
        }
        html.append("""
                <script>
                // Marks every image as loaded or not; a missing one gets a line saying which file it wanted.
                addEventListener('load', () => {
                  for (const img of document.images) {
                    const ok = img.complete && img.naturalWidth > 0;
                    img.dataset.loaded = ok ? 'yes' : 'no';
                    if (!ok) {
                      const note = document.createElement('p');
                      note.className = 'missing';
                      note.textContent = 'missing image: ' + img.getAttribute('src');
                      img.after(note);
                    }
                  }
                });
                </script>
                </body>
                </html>
                """);
        Path page = folder.resolve(FILE);
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(page, out -> out.write(bytes));
        return page;
    }

    private static void image(StringBuilder html, String src, String alt) {
        html.append("<img src=\"").append(escape(path(src))).append("\" alt=\"").append(escape(alt)).append("\">\n");
    }

    /** A relative file name as a URL path: each segment percent-encoded where it must be. */
    private static String path(String relative) {
        StringBuilder s = new StringBuilder();
        for (String segment : relative.split("/")) {
            if (!s.isEmpty()) s.append('/');
            s.append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return s.toString();
    }

    private static String id(String file) {
        return "f-" + file.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
