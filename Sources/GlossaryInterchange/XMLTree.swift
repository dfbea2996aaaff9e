import Foundation

#if canImport(FoundationXML)
    import FoundationXML
    import GlossaryModel
#endif

/// An XML element read into memory, with where it starts, so that importers can walk a
/// document freely and report positions. Names are local names (namespace prefixes removed).
///
/// Nothing here recurses on the depth of the document: a file nested 60,000 deep is walked
/// with explicit stacks, and released without one `deinit` calling the next.
final class XMLNode: @unchecked Sendable {
    // A class (not Sendable-checked) because the tree is built in place by the parser
    // delegate; it is never mutated once handed out.
    enum Child {
        case text(String)
        case element(XMLNode)
    }

    let name: String
    let attributes: [String: String]
    let line: Int
    let column: Int
    fileprivate(set) var children: [Child] = []

    init(name: String, attributes: [String: String], line: Int, column: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    deinit {
        // Releasing a deep chain of nodes would nest one deinit per level: take the
        // descendants apart here, one at a time, so each is released with no children.
        var pending: [XMLNode] = []
        for case .element(let e) in children { pending.append(e) }
        children = []
        while var node = pending.popLast() {
            guard isKnownUniquelyReferenced(&node) else { continue }
            for case .element(let e) in node.children { pending.append(e) }
            node.children = []
        }
    }

    /// Child elements.
    var elements: [XMLNode] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// Child elements named `name`.
    func elements(_ name: String) -> [XMLNode] { elements.filter { $0.name == name } }

    /// All the text inside, inline elements included, in document order.
    var text: String {
        var out = ""
        walk { child in
            if case .text(let t) = child { out += t }
            return true
        }
        return out
    }

    /// The `type` attribute, which names the data category of TBX elements.
    var type: String? { attributes["type"] }

    /// Visits the descendants in document order, depth first, with an explicit stack;
    /// `visit` returns false to skip an element's content.
    func walk(_ visit: (Child) -> Bool) {
        var stack: [(node: XMLNode, next: Int)] = [(self, 0)]
        while !stack.isEmpty {
            let (node, next) = stack[stack.count - 1]
            guard next < node.children.count else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next = next + 1
            let child = node.children[next]
            if visit(child), case .element(let e) = child { stack.append((e, 0)) }
        }
    }
}

/// Reads XML with Foundation's `XMLParser` (libxml2) from a stream, in chunks, turning a
/// syntax error into ``ImportError/malformedInput(path:line:column:reason:)`` with
/// libxml2's reason in words.
///
/// A file is read as a sequence of entries: only the elements named in `entries` (and what
/// they hold) are built as trees, each handed to the caller when it closes and then dropped,
/// so memory follows the largest entry, not the file. Feeding libxml2 in chunks also keeps it
/// below its 10 MB single-input limit, which refused large files read in one piece.
enum XMLTree {
    /// Where the XML comes from.
    enum Source {
        case data(Data)
        case file(String)
    }

    /// Reads `source`, calls `root` with the document element (no children) and, if it
    /// returns a reason, stops with that error; then calls `entry` with each element named
    /// in `entries` that is not inside another one, in order.
    static func read(
        _ source: Source, path: String, entries: Set<String>,
        root: (XMLNode) -> String?, entry: (XMLNode) -> Void
    ) throws(ImportError) {
        let stream: InputStream
        switch source {
        case .data(let data): stream = InputStream(data: data)
        case .file(let file):
            guard let opened = InputStream(fileAtPath: file) else { throw .inputNotFound(file) }
            stream = opened
        }
        try withoutActuallyEscaping(
            root,
            do: { root throws(ImportError) in
                try withoutActuallyEscaping(
                    entry,
                    do: { entry throws(ImportError) in
                        let builder = Builder(entries: entries, root: root, entry: entry)
                        let parser = XMLParser(stream: stream)
                        parser.delegate = builder
                        parser.shouldProcessNamespaces = false
                        parser.shouldResolveExternalEntities = false
                        let ok = parser.parse()
                        if let failure = builder.failure {
                            throw .malformedInput(path: path, line: max(failure.line, 1), column: max(failure.column, 1), reason: failure.message)
                        }
                        guard ok, builder.sawRoot else {
                            let reason = parser.parserError.map(Self.describe) ?? "not an XML document"
                            throw .malformedInput(
                                path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                                reason: "malformed XML (\(reason)); fix the file or export it again")
                        }
                    })
            })
    }

    /// The whole document as one tree (for small files and tests).
    static func parse(_ data: Data, path: String) throws(ImportError) -> XMLNode {
        var document: XMLNode?
        try read(.data(data), path: path, entries: [], root: { _ in nil }, entry: { document = $0 })
        guard let document else { throw .malformedInput(path: path, line: 1, column: 1, reason: "not an XML document") }
        return document
    }

    /// libxml2's words for the errors a hand-edited or truncated file gives (its error codes,
    /// which Foundation passes on without the message).
    static func describe(_ error: any Error) -> String {
        let code = (error as NSError).code
        let words: String? =
            switch XMLParser.ErrorCode(rawValue: code) {
            case .internalError: "the parser gave up (a limit of libxml2 was reached)"
            case .outOfMemoryError: "out of memory"
            case .documentStartError: "start tag expected, '<' not found"
            case .emptyDocumentError: "the document is empty"
            case .prematureDocumentEndError: "extra content at the end of the document"
            case .invalidHexCharacterRefError, .invalidDecimalCharacterRefError, .invalidCharacterRefError:
                "a character reference (&#…;) names no valid character"
            case .invalidCharacterError: "a character that XML does not allow (a control character, or bytes that are not UTF-8)"
            case .entityRefAtEOFError, .entityReferenceWithoutNameError: "'&' starts no entity: write &amp; for an ampersand"
            case .entityReferenceMissingSemiError: "an entity reference lacks its ';': write &amp; for an ampersand"
            case .undeclaredEntityError, .unparsedEntityError, .entityIsExternalError:
                "an entity that is not defined (XML knows &amp; &lt; &gt; &quot; &apos;; write &amp; for an ampersand)"
            case .unknownEncodingError, .encodingNotSupportedError, .invalidEncodingNameError, .invalidEncodingError:
                "an encoding this reader does not know or bytes that do not match it; save the file as UTF-8"
            case .attributeNotStartedError, .attributeNotFinishedError, .attributeHasNoValueError, .literalNotStartedError, .literalNotFinishedError:
                "an attribute value is not quoted or not closed"
            case .attributeRedefinedError: "an attribute appears twice in one tag"
            case .lessThanSymbolInAttributeError: "'<' inside an attribute value: write &lt;"
            case .commentNotFinishedError: "a comment is not closed with -->"
            case .cdataNotFinishedError: "a CDATA section is not closed with ]]>"
            case .nameRequiredError: "a tag or attribute name is missing ('<' must start a tag: write &lt; in text)"
            case .gtRequiredError: "a tag is not closed with '>'"
            case .tagNameMismatchError: "a closing tag does not match the element it closes"
            case .notWellBalancedError: "the elements are not properly nested"
            case .extraContentError: "extra content at the end of the document"
            case .spaceRequiredError: "a space is missing between attributes"
            case .equalExpectedError: "'=' is missing after an attribute name"
            case .entityBoundaryError, .entityRefLoopError: "an entity refers to itself"
            default: nil
            }
        return words.map { "\($0), libxml2 error \(code)" } ?? "libxml2 error \(code)"
    }

    /// The parser delegate; a class because `XMLParserDelegate` requires one.
    private final class Builder: NSObject, XMLParserDelegate {
        let entries: Set<String>
        let onRoot: (XMLNode) -> String?
        let onEntry: (XMLNode) -> Void
        var sawRoot = false
        /// The local names of the open elements, outermost first.
        var open: [String] = []
        /// The open elements of the entry being built, outermost first; empty between entries.
        var nodes: [XMLNode] = []
        /// Text not yet added to the current element: libxml2 hands text over in pieces (one
        /// per entity reference), gathered here in place rather than copied piece by piece.
        var pendingText = ""
        /// The first error, with where the parser was (libxml2 may recover and go on).
        var failure: (line: Int, column: Int, message: String)?

        init(entries: Set<String>, root: @escaping (XMLNode) -> String?, entry: @escaping (XMLNode) -> Void) {
            self.entries = entries
            self.onRoot = root
            self.onEntry = entry
        }

        func fail(_ parser: XMLParser, _ message: String) {
            if failure == nil { failure = (parser.lineNumber, parser.columnNumber, message) }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            fail(parser, "malformed XML (\(XMLTree.describe(parseError))); fix the file or export it again")
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
            self.parser(parser, parseErrorOccurred: validationError)
        }

        func flushText() {
            guard !pendingText.isEmpty else { return }
            if let current = nodes.last { current.children.append(.text(pendingText)) }
            pendingText = ""
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            guard failure == nil else { return }
            flushText()
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            defer { open.append(local) }
            if !sawRoot {
                sawRoot = true
                let root = XMLNode(name: local, attributes: attributeDict, line: parser.lineNumber, column: parser.columnNumber)
                if let reason = onRoot(root) { return fail(parser, reason) }
                // No entry names: the document element is the one entry.
                if entries.isEmpty { nodes.append(root) }
                return
            }
            guard let parent = nodes.last else {
                if entries.contains(local) {
                    nodes.append(XMLNode(name: local, attributes: attributeDict, line: parser.lineNumber, column: parser.columnNumber))
                }
                return
            }
            let node = XMLNode(name: local, attributes: attributeDict, line: parser.lineNumber, column: parser.columnNumber)
            parent.children.append(.element(node))
            nodes.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard failure == nil else { return }
            flushText()
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            guard open.last == local else {
                return fail(parser, "malformed XML (</\(elementName)> closes <\(open.last ?? "nothing")>); fix the file or export it again")
            }
            open.removeLast()
            guard let node = nodes.popLast() else { return }
            if nodes.isEmpty { onEntry(node) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !nodes.isEmpty { pendingText += string }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
        }
    }
}
