import GlossaryModel

/// One term of a document that the knowledge base advises against.
public struct LintFinding: Sendable, Hashable, Codable {
    /// The document as named on the command line (`-` for standard input).
    public var file: String
    /// 1-based line and column (in Unicode scalars) of the first character, and the column
    /// just past the last one on the line where the text ends.
    public var line: Int
    /// The 1-based column (in Unicode scalars) of the first character.
    public var column: Int
    /// The 1-based line of the last character.
    public var endLine: Int
    /// The column just past the last character, on ``endLine``.
    public var endColumn: Int
    /// The text as found in the document.
    public var text: String
    /// The concept the term belongs to.
    public var concept: String
    /// The term's status in the knowledge base (`deprecated`, `obsolete`), or the authority's
    /// verdict for an ``Rule/authority`` finding.
    public var status: String
    /// What to write instead, best first.
    public var suggestions: [String]
    /// Why the term was reported.
    public var rule: Rule
    /// The language of the paragraph, in which ``message`` is written.
    public var language: Language
    /// The sentence the report shows.
    public var message: String
    /// Byte range in the document, for `--fix`.
    var byteStart: Int
    var byteEnd: Int
    /// The term of the knowledge base that was found (as written there).
    var term: String = ""

    /// Why a term is reported.
    public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
        /// The knowledge base marks the term obsolete.
        case obsolete = "obsolete-term"
        /// The knowledge base marks the term deprecated (advised against).
        case deprecated = "deprecated-term"
        /// A terminology authority the content cites does not recommend the term.
        case authority = "authority-not-recommended"

        /// One sentence saying what the rule reports.
        public var summary: String {
            switch self {
            case .obsolete: "A term the knowledge base records as obsolete (replaced by another)."
            case .deprecated: "A term the knowledge base records as deprecated (advised against)."
            case .authority: "A term a terminology authority cited in the knowledge base does not recommend."
            }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case file, line, column, endLine = "end_line", endColumn = "end_column", text, concept, status, suggestions, rule, language, message
    }

    /// Reads a finding written by `encode(to:)`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        line = try c.decode(Int.self, forKey: .line)
        column = try c.decode(Int.self, forKey: .column)
        endLine = try c.decode(Int.self, forKey: .endLine)
        endColumn = try c.decode(Int.self, forKey: .endColumn)
        text = try c.decode(String.self, forKey: .text)
        concept = try c.decode(String.self, forKey: .concept)
        status = try c.decode(String.self, forKey: .status)
        suggestions = try c.decode([String].self, forKey: .suggestions)
        rule = try c.decode(Rule.self, forKey: .rule)
        language = try c.decode(Language.self, forKey: .language)
        message = try c.decode(String.self, forKey: .message)
        byteStart = 0
        byteEnd = 0
    }

    init(
        file: String, line: Int, column: Int, endLine: Int, endColumn: Int, text: String, concept: String, status: String,
        suggestions: [String], rule: Rule, language: Language, message: String, byteStart: Int, byteEnd: Int
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.text = text
        self.concept = concept
        self.status = status
        self.suggestions = suggestions
        self.rule = rule
        self.language = language
        self.message = message
        self.byteStart = byteStart
        self.byteEnd = byteEnd
    }

    /// `path:line:column: warning: message`, as compilers and linters print.
    public var description: String { "\(file):\(line):\(column): warning: \(message)" }
}
