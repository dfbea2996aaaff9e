/// The site's own scripts without what only a reader of the source needs: comment lines,
/// indentation and blank lines, so the search costs fewer bytes to load (issue 12: 100 kB for a
/// query). Only whole-line comments go (a line starting `//`, or a block from a line starting
/// `/*` to the line holding `*/`): nothing inside a line is touched, so strings and regular
/// expressions are safe. For `Site/assets/search.js`, whose lines never continue a template
/// literal or a string.
enum ScriptMinifier {
    static func minify(_ script: String) -> String {
        var out: [Substring] = []
        var inComment = false
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if inComment {
                if trimmed.contains("*/") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("/*") {
                inComment = !trimmed.contains("*/")
                continue
            }
            if trimmed.isEmpty || trimmed.hasPrefix("//") { continue }
            out.append(trimmed)
        }
        return out.joined(separator: "\n") + "\n"
    }
}
