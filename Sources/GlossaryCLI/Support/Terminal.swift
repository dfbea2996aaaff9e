import Foundation

/// One output stream and whether it may carry colour: only on a terminal, never when
/// `NO_COLOR` is set (https://no-color.org) or `TERM` is `dumb`.
struct Terminal: Sendable {
    enum Color: String {
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36", gray = "90", bold = "1", dim = "2"
    }

    let descriptor: Int32
    let colored: Bool

    static let stdout = Terminal(descriptor: STDOUT_FILENO)
    static let stderr = Terminal(descriptor: STDERR_FILENO)

    init(descriptor: Int32, environment: (String) -> String? = Environment.value) {
        self.descriptor = descriptor
        let noColor = environment("NO_COLOR").map { !$0.isEmpty } ?? false
        colored = isatty(descriptor) == 1 && !noColor && environment("TERM") != "dumb"
    }

    /// The terminal's width in columns, or 100 when it is not a terminal.
    var width: Int {
        var size = winsize()
        if isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 100
    }

    func style(_ text: String, _ colors: Color...) -> String {
        guard colored, !colors.isEmpty else { return text }
        return "\u{1B}[" + colors.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    func print(_ text: String = "") {
        let line = text + "\n"
        line.utf8CString.withUnsafeBufferPointer { buffer in
            var offset = 0
            let count = buffer.count - 1
            while offset < count {
                let written = write(descriptor, buffer.baseAddress! + offset, count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
