internal import CLibYAML

/// Where a YAML node starts in its file, counted from 1 as editors do (columns in Unicode
/// scalars, as libyaml counts them).
struct YAMLMark: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// A YAML document as plain values with their positions: the shape content files are read in.
///
/// Built from the events of libyaml, the C parser Yams parses with, declared as our own
/// system library (`CLibYAML`, Debian's libyaml-dev), rather than through `Yams.compose`: content files only need text, lists and mappings with
/// positions, and Yams' general node tree (tags, resolvers, a class per scalar, a duplicate
/// check that hashes every key) cost four fifths of loading a large knowledge base.
/// Duplicate keys are reported by ``YAMLReader``, with the content format's own words.
enum YAMLNode: Sendable {
    /// Text, with whether it was written plain (unquoted, so `~` or `null` mean nothing).
    case scalar(String, plain: Bool, YAMLMark)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)
    case sequence([YAMLNode], YAMLMark)

    var mark: YAMLMark {
        switch self {
        case .scalar(_, _, let mark), .mapping(_, let mark), .sequence(_, let mark): mark
        }
    }

    /// The text of a scalar; nil for a list or a mapping.
    var string: String? {
        if case .scalar(let text, _, _) = self { text } else { nil }
    }

    /// A file that libyaml cannot read as YAML, with the position and words libyaml gives.
    struct SyntaxError: Error, Sendable {
        var problem: String
        /// What libyaml was reading when it failed ("while parsing a flow sequence").
        var context: String?
        var mark: YAMLMark?
        /// What to check, for libyaml's own, terse, problems.
        var advice: String?
    }

    /// The single document of `text`; nil when it holds none.
    static func parse(_ text: String) throws(SyntaxError) -> YAMLNode? {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(SyntaxError) in try Builder.build(bytes) } }
        return try result.get()
    }

    /// Turns libyaml's events into nodes: containers are open on a stack until their end event.
    private struct Builder {
        /// A container whose end event has not come yet. Items are appended to it where it
        /// lies on the stack (`stack[last].items.append`): taking it off the stack to add one
        /// and putting it back copied the whole list each time, quadratic in its length.
        struct Open {
            var isMapping: Bool
            var items: [YAMLNode] = []
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var pendingKey: YAMLNode?
            var mark: YAMLMark
            var anchor: String?
        }

        var stack: [Open] = []
        var anchors: [String: YAMLNode] = [:]
        var root: YAMLNode?

        static func build(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> YAMLNode? {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { throw SyntaxError(problem: "out of memory") }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var builder = Builder()
            var documents = 0
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { throw error(of: parser, in: bytes) }
                defer { yaml_event_delete(&event) }
                let mark = YAMLMark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return builder.root
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    guard documents == 1 else {
                        throw SyntaxError(problem: "a second document starts here; a file holds one concept, so remove the '---' line", mark: mark)
                    }
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                    try builder.add(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, mark), anchor: string(scalar.anchor))
                case YAML_SEQUENCE_START_EVENT:
                    builder.stack.append(Open(isMapping: false, mark: mark, anchor: string(event.data.sequence_start.anchor)))
                case YAML_MAPPING_START_EVENT:
                    builder.stack.append(Open(isMapping: true, mark: mark, anchor: string(event.data.mapping_start.anchor)))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let open = builder.stack.removeLast()
                    try builder.add(open.isMapping ? .mapping(open.pairs, open.mark) : .sequence(open.items, open.mark), anchor: open.anchor)
                case YAML_ALIAS_EVENT:
                    let name = string(event.data.alias.anchor) ?? ""
                    guard let node = builder.anchors[name] else {
                        throw SyntaxError(problem: "the alias '*\(name)' names no anchor defined before it", mark: mark)
                    }
                    try builder.add(node, anchor: nil)
                default:
                    continue // stream start, document end
                }
            }
        }

        mutating func add(_ node: YAMLNode, anchor: String?) throws(SyntaxError) {
            if let anchor { anchors[anchor] = node }
            let top = stack.count - 1
            guard top >= 0 else {
                root = node
                return
            }
            if !stack[top].isMapping {
                stack[top].items.append(node)
            } else if let key = stack[top].pendingKey {
                stack[top].pairs.append((key, node))
                stack[top].pendingKey = nil
            } else {
                stack[top].pendingKey = node
            }
        }

        static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }

        static func error(of parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) -> SyntaxError {
            let problem = parser.problem.map { String(cString: $0) } ?? "cannot read the YAML"
            let context = parser.context.map { String(cString: $0) }
            switch parser.error {
            case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
                return SyntaxError(
                    problem: problem, context: context,
                    mark: YAMLMark(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1),
                    advice: "check indentation and quote text that contains ': ' or '#'")
            case YAML_READER_ERROR:
                // libyaml gives a byte offset (and the character, for a control character).
                let (line, column) = ContentFile.position(ofOffset: parser.problem_offset, in: bytes)
                let value = parser.problem_value
                let shown = value >= 0 && value < 0x110000 ? " U+\(String(value, radix: 16, uppercase: true).leftPadded(4))" : ""
                return SyntaxError(
                    problem: shown.isEmpty ? problem : "\(problem) (\(shown.dropFirst()))", context: context, mark: YAMLMark(line: line, column: column),
                    advice: "remove it, or write it as an escape such as \\t inside double quotes")
            default: // memory errors have no position
                return SyntaxError(problem: problem, context: context, mark: nil)
            }
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
