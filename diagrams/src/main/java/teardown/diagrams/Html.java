package teardown.diagrams;

/**
 * The report's pages are written as XHTML (every tag closed, every text escaped), so a browser
 * opens them from disk and a test can parse them with an XML parser. The style sheet is inline:
 * the report must work with no network and no other file.
 */
final class Html {

    private static final String STYLE = String.join("\n",
            "body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #222; }",
            "table { border-collapse: collapse; font-size: 0.9em; }",
            "th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; }",
            "td.holds { background: #e6f4ea; } td.violated { background: #fde0dd; } td.incomplete { background: #fff3cd; }",
            "td.num { text-align: right; }",
            "#summary { background: #f6f8fa; border-left: 4px solid #888; padding: 0.5em 1em; margin-bottom: 1em; }",
            "#summary li.violated { color: #8a1c12; } dl dt { font-weight: bold; float: left; clear: left; margin-right: 0.5em; }",
            "dl dd { margin: 0 0 0.3em 0; } #matrix-filter { margin: 1em 0 0.5em 0; } #matrix-filter label { margin-right: 1em; }",
            "nav { margin-bottom: 1em; }",
            "pre { background: #f6f8fa; padding: 1em; overflow-x: auto; font-size: 0.85em; }",
            "img { max-width: 100%; border: 1px solid #eee; margin: 0.5em 0; }",
            "figure { display: inline-block; vertical-align: top; margin: 0 1em 1em 0; }");

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String page(String title, String body) {
        return page(title, body, "");
    }

    /** @param script inline JavaScript run at the end of the body, or empty; it must not contain {@code <} or {@code &} */
    static String page(String title, String body, String script) {
        if (script.contains("<") || script.contains("&")) {
            throw new IllegalArgumentException("inline script must stay well-formed XML: no < or &");
        }
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n"
                + body + (script.isEmpty() ? "" : "<script>\n" + script + "\n</script>\n") + "</body>\n</html>\n";
    }

    static String figure(String src, String caption) {
        return "<figure><img src=\"" + escape(src) + "\" alt=\"" + escape(caption) + "\"/><figcaption>"
                + escape(caption) + "</figcaption></figure>\n";
    }
}
