import Foundation
#if canImport(FoundationXML)
import FoundationXML
import GlossaryModel
#endif

/// An XML element read into memory, with where it starts, so that importers can walk a
/// document freely and report positions. Names are local names (namespace prefixes removed).
final class XMLNode: @unchecked Sendable {
    // A class (not Sendable-checked) because the tree is built in place by the parser
    // delegate; it is never mutated once `XMLTree.parse` returns.
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

    /// Child elements.
    var elements: [XMLNode] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// Child elements named `name`.
    func elements(_ name: String) -> [XMLNode] { elements.filter { $0.name == name } }

    /// All the text inside, inline elements included.
    var text: String {
        children.map { child in
            switch child {
            case .text(let t): t
            case .element(let e): e.text
            }
        }.joined()
    }

    /// The `type` attribute, which names the data category of TBX elements.
    var type: String? { attributes["type"] }
}

/// Reads XML with Foundation's `XMLParser`, turning a syntax error into
/// ``GlossaryError/malformedInput(path:line:column:reason:)``.
enum XMLTree {
    static func parse(_ data: Data, path: String) throws(GlossaryError) -> XMLNode {
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let failure = builder.failure {
            throw .malformedInput(path: path, line: max(failure.line, 1), column: max(failure.column, 1),
                                  reason: "malformed XML (\(failure.message)); fix the file or export it again")
        }
        guard ok, let root = builder.root else {
            let error = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not an XML document"
            throw .malformedInput(path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                                  reason: "malformed XML (\(error)); fix the file or export it again")
        }
        return root
    }

    /// The parser delegate; a class because `XMLParserDelegate` requires one.
    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []
        /// The first error libxml2 reports, with where the parser was (it may recover and go on).
        var failure: (line: Int, column: Int, message: String)?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if failure == nil {
                failure = (parser.lineNumber, parser.columnNumber, (parseError as NSError).localizedDescription)
            }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
            self.parser(parser, parseErrorOccurred: validationError)
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            let node = XMLNode(name: local, attributes: attributeDict, line: parser.lineNumber, column: parser.columnNumber)
            stack.last?.children.append(.element(node))
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            if failure == nil, stack.last?.name != local {
                failure = (parser.lineNumber, parser.columnNumber,
                           "</\(elementName)> closes <\(stack.last?.name ?? "nothing")>")
                parser.abortParsing()
            }
            if !stack.isEmpty { stack.removeLast() }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let current = stack.last else { return }
            if case .text(let previous) = current.children.last {
                current.children[current.children.count - 1] = .text(previous + string)
            } else {
                current.children.append(.text(string))
            }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
        }
    }
}
