/// One problem found in the content, with where it is: printed as
/// `path:line:column: error: message`, the format compilers use and editors understand.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Whether a problem stops the content from being used (`error`) or not (`warning`).
    public enum Severity: String, Sendable, Codable, Hashable {
        case error, warning
    }

    /// Whether the problem is an error or a warning.
    public var severity: Severity
    /// The file's path, as the user named the content folder.
    public var path: String
    /// 1-based line and column; 1:1 when the problem concerns the whole file, so that every
    /// diagnostic has a position editors can jump to.
    public var line: Int
    /// The 1-based column; 1 when the problem concerns the whole file.
    public var column: Int
    /// What is wrong and what to do.
    public var message: String

    /// A problem in the file `path`, at `line` and `column`.
    package init(_ severity: Severity, path: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
    }

    /// `path:line:column: severity: message`, control characters written as `\u{…}` (a
    /// message may quote a file's text or a file name).
    public var description: String {
        ControlCharacters.escaped("\(path):\(line):\(column): \(severity.rawValue): \(message)")
    }
}

extension Array where Element == Diagnostic {
    /// The errors among these diagnostics.
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    /// The warnings among these diagnostics.
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
