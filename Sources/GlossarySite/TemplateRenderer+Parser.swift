extension TemplateRenderer {
    /// The renderer of `sources` (template name → Mustache text), or nil when one of them
    /// uses something this renderer does not handle (see ``TemplateRenderer``): ``SiteTemplates``
    /// then renders with swift-mustache.
    ///
    /// swift-mustache keeps its parsed form internal, so the templates are parsed a second
    /// time here, by ``Parser``, into the same tokens. swift-mustache parses them first, so its
    /// errors (with line and column) are the ones a user sees; this parser meets only
    /// templates swift-mustache accepted.
    init?(sources: [String: String]) {
        var parsed: [String: [Node]] = [:]
        for (name, source) in sources {
            guard let nodes = Self.nodes(source) else { return nil }
            parsed[name] = nodes
        }
        self.init(nodes: parsed)
    }

    /// The nodes of one template, or nil when it uses what this renderer does not handle.
    static func nodes(_ source: String) -> [Node]? {
        var parser = Parser(source)
        guard let pieces = try? parser.parse(Parser.State()) else { return nil }
        return try? Parser.nodes(pieces)
    }

    /// A Mustache parser that splits a template into the tokens swift-mustache 2.1 makes
    /// (`Template+Parser.swift`), rule for rule, since the renderer indents partials and blocks
    /// token by token as swift-mustache does: one text token per line; a tag alone on its line
    /// ("standalone") takes the line's indentation and its line break with it; a standalone
    /// partial or block keeps that indentation to indent what it renders. Text is read by
    /// `Character`, as swift-mustache reads it ("\r\n" is one character, and a line break).
    ///
    /// Transforms (`{{f(name)}}`), dynamic partials (`{{>*name}}`), set-delimiter tags and
    /// content types other than HTML and TEXT throw ``Unsupported``.
    struct Parser {
        struct Unsupported: Error {}

        /// What a template holds: nodes, and the block definitions of `{{<parent}}…{{/parent}}`.
        enum Piece {
            case node(Node)
            case definition(String, [Piece])
        }

        struct State {
            var sectionName: String?
            var newLine = true
            /// Inside `{{<parent}}…{{/parent}}`.
            var isPartialDefinition = false
            /// Directly inside it, where `{{$name}}` defines a block instead of expanding one.
            var isPartialDefinitionTopLevel = false
            /// The indentation of the first line inside a block definition, removed from the others.
            var partialDefinitionIndent: Substring?

            func section(_ name: String, newLine: Bool) -> State {
                var state = self
                state.sectionName = name
                state.isPartialDefinitionTopLevel = false
                if !newLine { state.newLine = false }
                return state
            }

            func inheritancePartial(_ name: String) -> State {
                var state = self
                state.sectionName = name
                state.newLine = true
                state.isPartialDefinition = true
                state.isPartialDefinitionTopLevel = true
                return state
            }
        }

        private let text: String
        private var position: String.Index
        private static let start = "{{", end = "}}"
        private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
        private static let partialNameCharacters = nameCharacters.union(["/"])
        private static let configCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

        init(_ text: String) {
            self.text = text
            position = text.startIndex
        }

        static func nodes(_ pieces: [Piece]) throws(Unsupported) -> [Node] {
            var nodes: [Node] = []
            for piece in pieces {
                guard case .node(let node) = piece else { throw Unsupported() }
                nodes.append(node)
            }
            return nodes
        }

        /// The pieces up to the end of the text, or of the section `state` is in.
        mutating func parse(_ initial: State) throws(Unsupported) -> [Piece] {
            var pieces: [Piece] = []
            var state = initial
            var whiteSpaceBefore: Substring = ""
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    pieces.append(.node(.text(String(whiteSpaceBefore))))
                    whiteSpaceBefore = ""
                }
            }
            while !atEnd {
                if state.newLine {
                    let whiteSpace = read { $0 == " " || $0 == "\t" }
                    if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                        if let indent = state.partialDefinitionIndent {
                            whiteSpaceBefore = whiteSpace.dropFirst(indent.count)
                        } else {
                            state.partialDefinitionIndent = whiteSpace
                        }
                    } else {
                        whiteSpaceBefore = whiteSpace
                    }
                }
                let line = try readUntilTagOrNewline()
                if current.isNewline {
                    pieces.append(.node(.text(String(whiteSpaceBefore) + line + String(current))))
                    state.newLine = true
                    advance()
                    continue
                }
                if !line.isEmpty {
                    pieces.append(.node(.text(String(whiteSpaceBefore) + line)))
                    whiteSpaceBefore = ""
                    state.newLine = false
                }
                if atEnd { break }
                var setNewLine = false
                switch current {
                case "#", "^":
                    let inverted = current == "^"
                    advance()
                    let name = try readName()
                    if isStandalone(state) {
                        setNewLine = true
                    } else {
                        flushWhiteSpace()
                    }
                    let body = try Self.nodes(try parse(state.section(name, newLine: setNewLine)))
                    pieces.append(.node(.section(name, inverted: inverted, body)))
                case "/":
                    advance()
                    guard try readName() == state.sectionName else { throw Unsupported() }
                    if !isStandalone(state) { flushWhiteSpace() }
                    return pieces
                case "!":
                    advance()
                    try skipComment()
                    setNewLine = isStandalone(state)
                case "{":
                    flushWhiteSpace()
                    advance()
                    let name = try readName()
                    guard read("}") else { throw Unsupported() }
                    pieces.append(.node(.variable(name, escaped: false)))
                case "&":
                    flushWhiteSpace()
                    advance()
                    pieces.append(.node(.variable(try readName(), escaped: false)))
                case ">":
                    advance()
                    _ = read(while: \.isWhitespace)
                    guard current != "*" else { throw Unsupported() }
                    let name = try readPartialName()
                    if !whiteSpaceBefore.isEmpty { pieces.append(.node(.text(String(whiteSpaceBefore)))) }
                    if isStandalone(state) {
                        setNewLine = true
                        pieces.append(.node(.partial(name: name, indentation: String(whiteSpaceBefore), overrides: nil)))
                    } else {
                        pieces.append(.node(.partial(name: name, indentation: nil, overrides: nil)))
                    }
                    whiteSpaceBefore = ""
                case "<":
                    advance()
                    _ = read(while: \.isWhitespace)
                    let name = try readPartialName()
                    guard name.first != "*" else { throw Unsupported() }
                    if !whiteSpaceBefore.isEmpty { pieces.append(.node(.text(String(whiteSpaceBefore)))) }
                    if isStandalone(state) { setNewLine = true }
                    var overrides: [String: [Node]] = [:]
                    for piece in try parse(state.inheritancePartial(name)) {
                        switch piece {
                        case .definition(let block, let body): overrides[block] = try Self.nodes(body)
                        case .node(.text): break
                        case .node: throw Unsupported()
                        }
                    }
                    pieces.append(.node(.partial(name: name, indentation: String(whiteSpaceBefore), overrides: overrides)))
                    whiteSpaceBefore = ""
                case "$":
                    advance()
                    let name = try readName()
                    if state.isPartialDefinitionTopLevel {
                        if isStandalone(state) { setNewLine = true }
                        pieces.append(.definition(name, try parse(state.section(name, newLine: setNewLine))))
                    } else {
                        if !whiteSpaceBefore.isEmpty { pieces.append(.node(.text(String(whiteSpaceBefore)))) }
                        if isStandalone(state) { setNewLine = true }
                        let body = try Self.nodes(try parse(state.section(name, newLine: setNewLine)))
                        pieces.append(.node(.block(name: name, default: body, indentation: String(whiteSpaceBefore))))
                        whiteSpaceBefore = ""
                    }
                case "%":
                    advance()
                    pieces.append(.node(.contentType(escapes: try readContentType())))
                    setNewLine = isStandalone(state)
                case "=":
                    throw Unsupported()
                default:
                    flushWhiteSpace()
                    pieces.append(.node(.variable(try readName(), escaped: true)))
                }
                state.newLine = setNewLine
            }
            guard state.sectionName == nil else { throw Unsupported() }
            return pieces
        }

        // MARK: - Reading

        private var atEnd: Bool { position == text.endIndex }
        /// The current character; "\0" at the end, as swift-mustache has it.
        private var current: Character { atEnd ? "\0" : text[position] }
        private mutating func advance() { position = text.index(after: position) }

        private mutating func read(while test: (Character) -> Bool) -> Substring {
            let start = position
            while !atEnd, test(text[position]) { advance() }
            return text[start..<position]
        }

        /// Reads `string` if the text continues with it.
        private mutating func read(_ string: String) -> Bool {
            var index = position
            for character in string {
                guard index != text.endIndex, text[index] == character else { return false }
                index = text.index(after: index)
            }
            position = index
            return true
        }

        /// Text up to a line break (not read) or a tag's `{{` (read).
        private mutating func readUntilTagOrNewline() throws(Unsupported) -> String {
            var line = ""
            while !atEnd {
                line += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
                if current.isNewline { break }
                if current == "{" {
                    if read(Self.start) { break }
                    line.append("{")
                    advance()
                }
            }
            return line
        }

        /// A tag's name and its closing `}}`; a transform is not handled.
        private mutating func readName() throws(Unsupported) -> String {
            _ = read(while: \.isWhitespace)
            let name = read { Self.nameCharacters.contains($0) }
            _ = read(while: \.isWhitespace)
            guard read(Self.end), !name.contains("("), !name.contains(")") else { throw Unsupported() }
            return String(name)
        }

        private mutating func readPartialName() throws(Unsupported) -> String {
            _ = read(while: \.isWhitespace)
            let name = read { Self.partialNameCharacters.contains($0) }
            _ = read(while: \.isWhitespace)
            guard read(Self.end) else { throw Unsupported() }
            return String(name)
        }

        private mutating func skipComment() throws(Unsupported) {
            while !atEnd {
                if read(Self.end) { return }
                advance()
            }
            throw Unsupported()
        }

        /// `{{% CONTENT_TYPE: HTML }}` (true: `{{name}}` escapes) or `TEXT` (false).
        private mutating func readContentType() throws(Unsupported) -> Bool {
            _ = read(while: \.isWhitespace)
            let variable = read { Self.configCharacters.contains($0) }
            _ = read(while: \.isWhitespace)
            guard read(":") else { throw Unsupported() }
            _ = read(while: \.isWhitespace)
            let value = read { Self.configCharacters.contains($0) }
            _ = read(while: \.isWhitespace)
            guard read(Self.end), variable == "CONTENT_TYPE" else { throw Unsupported() }
            switch value {
            case "HTML": return true
            case "TEXT": return false
            default: throw Unsupported()
            }
        }

        /// Whether the tag just read is alone on its line; if so, its line break is read too.
        private mutating func isStandalone(_ state: State) -> Bool {
            guard state.newLine else { return false }
            if atEnd { return true }
            var index = position
            while index != text.endIndex, text[index] == " " || text[index] == "\t" { index = text.index(after: index) }
            guard index != text.endIndex, text[index].isNewline else { return false }
            position = text.index(after: index)
            return true
        }
    }
}
