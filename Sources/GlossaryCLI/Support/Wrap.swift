/// Word wrapping for the terminal.
enum Wrap {
    /// `text` broken into lines of at most `width` characters, at spaces.
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line); line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// A styled one-line `text` (whose visible characters are `visible`) cut to `width`.
    static func truncate(_ text: String, visible: String, to width: Int) -> String {
        visible.count <= width ? text : String(visible.prefix(max(width - 1, 1))) + "…"
    }

    /// `text` padded with spaces to `width` visible characters (`visible` gives the count).
    static func pad(_ text: String, visibleCount: Int, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - visibleCount))
    }
}
