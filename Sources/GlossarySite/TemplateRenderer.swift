import GlossaryModel

/// Renders the site's Mustache templates over typed contexts (``TemplateObject``): the same
/// output as swift-mustache, several times faster.
///
/// Templates are parsed into the tokens swift-mustache makes, by its rules (standalone tags,
/// indentation of partials and blocks, partials and inheritance: see
/// `TemplateRenderer+Parser.swift`); this type replaces its rendering loop, which looks every tag up through `Any` with half a dozen dynamic casts
/// (`MustacheParent`, `MustacheCustomRenderable`, `MustacheLambda`…), splits the tag's name at
/// each use, escapes text one `Character` at a time through a dictionary and concatenates
/// strings. Here the templates are compiled once into one flat list of operations whose
/// operands are plain integers (ranges of bytes, of name parts, of operations), names are split
/// once, values are matched with a `switch`, and the page is written as UTF-8 bytes.
///
/// The rendering rules are those of swift-mustache 2.1 (`Template+Render.swift`):
/// - a name is looked up from the top of the context stack down, by its first part; the
///   rest of a dotted name is then looked up in what was found only. `.` is the top value;
///   a name starting with `.` is looked up in the top value only;
/// - `{{#name}}` renders its section once per element of a list (pushed on the stack), once
///   for `true` (nothing pushed), once for any other value (pushed), never for `false`, an
///   empty list or a missing name; `{{^name}}` renders its section in the opposite cases;
/// - inside an indented partial or block, a token's output that follows a newline is
///   indented, token by token, as swift-mustache does.
///
/// Transforms (`{{uppercased(name)}}`), dynamic partials (`{{>*name}}`), set-delimiter tags and
/// content types other than HTML and TEXT are not handled: ``init(sources:)`` then returns nil and
/// ``SiteTemplates`` renders with swift-mustache instead.
struct TemplateRenderer: Sendable {
    /// A template as swift-mustache parses it, one node per token (see `TemplateRenderer+Parser.swift`).
    enum Node: Sendable {
        case text(String)
        case variable(String, escaped: Bool)
        case section(String, inverted: Bool, [Node])
        /// `{{$name}}…{{/name}}`: the block's override from the inheriting template, or its default.
        case block(name: String, default: [Node], indentation: String?)
        /// `{{>name}}`, or `{{<name}}…{{/name}}` with block overrides.
        case partial(name: String, indentation: String?, overrides: [String: [Node]]?)
        /// `{{% CONTENT_TYPE: … }}`: whether `{{name}}` escapes HTML for the rest of the template.
        case contentType(escapes: Bool)
    }

    /// One compiled operation. A section's body, a block's default and a partial's overrides
    /// are the operations that follow it, up to `end`.
    struct Operation: Sendable {
        enum Kind: Sendable {
            /// Bytes of `text`.
            case text(Range<Int>)
            /// `names` holds the name's parts; `fromTop` for `.` and `.name`.
            case variable(names: Range<Int>, fromTop: Bool, escaped: Bool)
            case section(names: Range<Int>, fromTop: Bool, inverted: Bool)
            /// `name` in `blockNames`, `indentation` in `text`.
            case block(name: Int, indentation: Range<Int>?)
            /// `template` in `partials`, `overrides` in `overrideTables`.
            case partial(template: Int, indentation: Range<Int>?, overrides: Int?)
            case contentType(escapes: Bool)
        }

        var kind: Kind
        /// The index of the next operation at the same level.
        var end: Int
    }

    private var operations: [Operation] = []
    /// The text of every template, and indentations, in UTF-8.
    private var text: [UInt8] = []
    private var names: [TemplateObject.FieldName] = []
    private var blockNames: [String] = []
    /// Block overrides of partials: block name → its operations.
    private var overrideTables: [[String: Range<Int>]] = []
    /// The operations of each partial, by `Operation.Kind.partial.template`; nil for a missing one.
    private var partials: [Range<Int>?] = []
    /// The operations of each template, by name.
    private var entries: [String: Range<Int>] = [:]

    init(nodes templates: [String: [Node]]) {
        var partialNames: [String] = []
        for (name, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            let start = operations.count
            emit(nodes, partialNames: &partialNames)
            entries[name] = start..<operations.count
        }
        partials = partialNames.map { entries[$0] }
    }

    private mutating func emit(_ nodes: [Node], partialNames: inout [String]) {
        func bytes(_ string: String) -> Range<Int> {
            let start = text.count
            text.append(contentsOf: string.utf8)
            return start..<text.count
        }
        func parts(_ name: String) -> (Range<Int>, fromTop: Bool) {
            let start = names.count
            names.append(contentsOf: name.split(separator: ".").map { TemplateObject.FieldName(String($0)) })
            return (start..<names.count, name.first == ".")
        }
        for node in nodes {
            let index = operations.count
            operations.append(Operation(kind: .contentType(escapes: true), end: index + 1))
            switch node {
            case .text(let string):
                operations[index].kind = .text(bytes(string))
            case .variable(let name, let escaped):
                let (path, fromTop) = parts(name)
                operations[index].kind = .variable(names: path, fromTop: fromTop, escaped: escaped)
            case .section(let name, let inverted, let body):
                let (path, fromTop) = parts(name)
                operations[index].kind = .section(names: path, fromTop: fromTop, inverted: inverted)
                emit(body, partialNames: &partialNames)
            case .block(let name, let body, let indentation):
                blockNames.append(name)
                operations[index].kind = .block(name: blockNames.count - 1, indentation: indentation.map(bytes))
                emit(body, partialNames: &partialNames)
            case .partial(let name, let indentation, let overrides):
                let template = partialNames.count
                partialNames.append(name)
                var table: Int?
                if let overrides {
                    var bodies: [String: Range<Int>] = [:]
                    for (block, body) in overrides.sorted(by: { $0.key < $1.key }) {
                        let start = operations.count
                        emit(body, partialNames: &partialNames)
                        bodies[block] = start..<operations.count
                    }
                    overrideTables.append(bodies)
                    table = overrideTables.count - 1
                }
                operations[index].kind = .partial(template: template, indentation: indentation.map(bytes), overrides: table)
            case .contentType(let escapes):
                operations[index].kind = .contentType(escapes: escapes)
            }
            operations[index].end = operations.count
        }
    }

    /// Renders the template `name` with `context` at the bottom of the stack, or nil when
    /// there is no such template.
    func render(_ name: String, _ context: TemplateObject) -> String? {
        bytes(name, context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What ``render(_:_:)`` gives, as its UTF-8 bytes: what the site writes, without building
    /// a `String` to take its bytes again.
    func bytes(_ name: String, _ context: TemplateObject) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        var stack: [TemplateValue] = [.object(context)]
        operations.withUnsafeBufferPointer { operations in
            text.withUnsafeBufferPointer { text in
                names.withUnsafeBufferPointer { names in
                    let run = Run(renderer: self, operations: operations, text: text, names: names)
                    run.render(entry, Frame(), escapes: true, &stack, into: &out)
                }
            }
        }
        return out
    }

    /// What a template inherits from the one that includes it; `{{% CONTENT_TYPE }}` changes
    /// escaping for the rest of a template only, so escaping is passed on its own.
    private struct Frame {
        var indentation: [UInt8]?
        var overrides: [String: Range<Int>]?
    }

    /// One rendering, reading the compiled templates in place: operations, text and names are
    /// never copied out of their arrays (which would retain what they hold, from every thread).
    private struct Run {
        let renderer: TemplateRenderer
        let operations: UnsafeBufferPointer<Operation>
        let text: UnsafeBufferPointer<UInt8>
        let names: UnsafeBufferPointer<TemplateObject.FieldName>

        func render(_ body: Range<Int>, _ frame: Frame, escapes: Bool, _ stack: inout [TemplateValue], into out: inout [UInt8]) {
            var escapes = escapes
            var index = body.lowerBound
            guard let indentation = frame.indentation, !indentation.isEmpty else {
                while index < body.upperBound {
                    render(index, frame, &escapes, &stack, into: &out)
                    index = operations[index].end
                }
                return
            }
            // swift-mustache indents a token's output when what this template has written so
            // far ends a line ("\n", not "\r\n", being one Character), token by token; output
            // written before this template does not count.
            var local: [UInt8] = []
            while index < body.upperBound {
                var piece: [UInt8] = []
                render(index, frame, &escapes, &stack, into: &piece)
                if !piece.isEmpty, local.last == 0x0A, local.count < 2 || local[local.count - 2] != 0x0D {
                    local += indentation
                }
                local += piece
                index = operations[index].end
            }
            out += local
        }

        private func render(_ index: Int, _ frame: Frame, _ escapes: inout Bool, _ stack: inout [TemplateValue], into out: inout [UInt8]) {
            let operation = operations[index]
            switch operation.kind {
            case .text(let range):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
            case .variable(let path, let fromTop, let escaped):
                guard let value = lookup(path, fromTop: fromTop, in: stack) else { return }
                let string = if case .text(let string) = value { string } else { value.renderedText }
                if escaped && escapes { HTML.escape(string, into: &out) } else { out.append(contentsOf: string.utf8) }
            case .section(let path, let fromTop, let inverted):
                let body = index + 1..<operation.end
                switch (lookup(path, fromTop: fromTop, in: stack), inverted) {
                case (.list(let items)?, false):
                    for item in items {
                        stack.append(item)
                        render(body, frame, escapes: escapes, &stack, into: &out)
                        stack.removeLast()
                    }
                case (.list(let items)?, true):
                    guard items.isEmpty else { return }
                    stack.append(.list(items))
                    render(body, frame, escapes: escapes, &stack, into: &out)
                    stack.removeLast()
                case (.bool(let flag)?, _):
                    if flag != inverted { render(body, frame, escapes: escapes, &stack, into: &out) }
                case (let value?, false):
                    stack.append(value)
                    render(body, frame, escapes: escapes, &stack, into: &out)
                    stack.removeLast()
                case (.some, true):
                    break
                case (nil, let inverted):
                    if inverted { render(body, frame, escapes: escapes, &stack, into: &out) }
                }
            case .block(let name, let indentation):
                let body = frame.overrides?[renderer.blockNames[name]] ?? index + 1..<operation.end
                render(body, indented(frame, by: indentation), escapes: escapes, &stack, into: &out)
            case .partial(let template, let indentation, let overrides):
                guard let body = renderer.partials[template] else { return }
                var partialFrame = indented(frame, by: indentation)
                if let overrides {
                    // The including template's overrides win over the partial's own.
                    let own = renderer.overrideTables[overrides]
                    partialFrame.overrides = frame.overrides?.merging(own) { outer, _ in outer } ?? own
                }
                render(body, partialFrame, escapes: true, &stack, into: &out)
            case .contentType(let escapesHTML):
                escapes = escapesHTML
            }
        }

        private func indented(_ frame: Frame, by indentation: Range<Int>?) -> Frame {
            guard let indentation else { return frame }
            var indented = frame
            indented.indentation = (frame.indentation ?? []) + text[indentation]
            return indented
        }

        private func lookup(_ path: Range<Int>, fromTop: Bool, in stack: [TemplateValue]) -> TemplateValue? {
            stack.withUnsafeBufferPointer { stack in
                var value: TemplateValue
                var next = path.lowerBound
                if fromTop || path.isEmpty {
                    value = stack[stack.count - 1]
                } else {
                    var found: TemplateValue?
                    var level = stack.count - 1
                    while level >= 0, found == nil {
                        found = stack[level].child(names[next])
                        level -= 1
                    }
                    guard let found else { return nil }
                    value = found
                    next += 1
                }
                while next < path.upperBound {
                    guard let child = value.child(names[next]) else { return nil }
                    value = child
                    next += 1
                }
                return value
            }
        }
    }
}
