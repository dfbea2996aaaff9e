/// Renders the site's Mustache templates, as parsed by swift-mustache, over typed contexts
/// (``TemplateObject``): the same output as swift-mustache, several times faster.
///
/// swift-mustache stays the parser, so whitespace rules (standalone tags, indentation of
/// partials and blocks), partials and inheritance are exactly its own; this type only replaces
/// its rendering loop, which looks every tag up through `Any` with half a dozen dynamic casts
/// (`MustacheParent`, `MustacheCustomRenderable`, `MustacheLambda`…), splits the tag's name at
/// each use and escapes text one `Character` at a time through a dictionary. Here names are
/// split once, values are matched with a `switch`, and text is escaped by ``HTML/escape(_:into:)``.
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
/// Transforms (`{{uppercased(name)}}`), dynamic partials (`{{>*name}}`) and content types other
/// than HTML and TEXT are not handled: ``init(templates:)`` then returns nil and
/// ``SiteTemplates`` renders with swift-mustache instead.
struct TemplateRenderer: Sendable {
    enum Node: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Node])
        case invertedSection(Name, [Node])
        /// `{{$name}}…{{/name}}`: the block's override from the inheriting template, or its default.
        case block(name: String, default: [Node], indentation: String?)
        /// `{{>name}}`, or `{{<name}}…{{/name}}` with block overrides.
        case partial(name: String, indentation: String?, overrides: [String: [Node]]?)
        /// `{{% CONTENT_TYPE: … }}`: whether `{{name}}` escapes HTML for the rest of the template.
        case contentType(escapes: Bool)
    }

    /// A tag's name, split at its dots once.
    struct Name: Sendable {
        var path: [TemplateObject.FieldName]
        /// `.` or `.name`: looked up in the top value only.
        var fromTop: Bool

        init(_ name: String) {
            path = name.split(separator: ".").map { TemplateObject.FieldName(String($0)) }
            fromTop = name.first == "."
        }
    }

    /// What a template inherits from the one that includes it; `{{% CONTENT_TYPE }}` changes
    /// escaping for the rest of a template only, so escaping is passed on its own.
    private struct Frame {
        var indentation: String?
        var overrides: [String: [Node]]?

        func indented(by indentation: String?) -> Frame {
            var frame = self
            if let indentation { frame.indentation = (self.indentation ?? "") + indentation }
            return frame
        }
    }

    let templates: [String: [Node]]

    /// Renders the template `name` with `context` at the bottom of the stack, or nil when
    /// there is no such template.
    func render(_ name: String, _ context: TemplateObject) -> String? {
        guard let nodes = templates[name] else { return nil }
        var out = ""
        out.reserveCapacity(16_384)
        var stack: [TemplateValue] = [.object(context)]
        render(nodes, Frame(), escapes: true, &stack, into: &out)
        return out
    }

    // Nodes are read in place (`buffer[index]`), not copied out of their array, which would
    // retain every string and list they hold; this loop runs about 200 times per page.
    private func render(_ nodes: [Node], _ frame: Frame, escapes: Bool, _ stack: inout [TemplateValue], into out: inout String) {
        var escapes = escapes
        nodes.withUnsafeBufferPointer { nodes in
            guard let indentation = frame.indentation, !indentation.isEmpty else {
                for index in nodes.indices { render(nodes[index], frame, &escapes, &stack, into: &out) }
                return
            }
            // swift-mustache indents a token's output when what this template has written so
            // far ends a line, token by token; output written before this template does not count.
            var local = ""
            for index in nodes.indices {
                var piece = ""
                render(nodes[index], frame, &escapes, &stack, into: &piece)
                if !piece.isEmpty, local.last == "\n" { local += indentation }
                local += piece
            }
            out += local
        }
    }

    private func render(_ node: Node, _ frame: Frame, _ escapes: inout Bool, _ stack: inout [TemplateValue], into out: inout String) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = lookup(name, in: stack) else { return }
            if case .text(let text) = value {
                if escaped && escapes { HTML.escape(text, into: &out) } else { out += text }
            } else if escaped && escapes {
                HTML.escape(value.renderedText, into: &out)
            } else {
                out += value.renderedText
            }
        case .section(let name, let nodes):
            switch lookup(name, in: stack) {
            case .list(let items)?:
                for index in items.indices {
                    stack.append(items[index])
                    render(nodes, frame, escapes: escapes, &stack, into: &out)
                    stack.removeLast()
                }
            case .bool(let flag)?:
                if flag { render(nodes, frame, escapes: escapes, &stack, into: &out) }
            case let value?:
                stack.append(value)
                render(nodes, frame, escapes: escapes, &stack, into: &out)
                stack.removeLast()
            case nil:
                break
            }
        case .invertedSection(let name, let nodes):
            switch lookup(name, in: stack) {
            case .list(let items)?:
                guard items.isEmpty else { return }
                stack.append(.list(items))
                render(nodes, frame, escapes: escapes, &stack, into: &out)
                stack.removeLast()
            case .bool(let flag)?:
                if !flag { render(nodes, frame, escapes: escapes, &stack, into: &out) }
            case .some:
                break
            case nil:
                render(nodes, frame, escapes: escapes, &stack, into: &out)
            }
        case .block(let name, let defaultNodes, let indentation):
            render(frame.overrides?[name] ?? defaultNodes, frame.indented(by: indentation), escapes: escapes, &stack, into: &out)
        case .partial(let name, let indentation, let overrides):
            guard let nodes = templates[name] else { return }
            var partialFrame = frame.indented(by: indentation)
            if let overrides {
                // The including template's overrides win over the partial's own.
                partialFrame.overrides = frame.overrides?.merging(overrides) { outer, _ in outer } ?? overrides
            }
            render(nodes, partialFrame, escapes: true, &stack, into: &out)
        case .contentType(let escapesHTML):
            escapes = escapesHTML
        }
    }

    private func lookup(_ name: Name, in stack: [TemplateValue]) -> TemplateValue? {
        stack.withUnsafeBufferPointer { stack in
            name.path.withUnsafeBufferPointer { path in
                var value: TemplateValue
                var next = 0
                if name.fromTop || path.isEmpty {
                    value = stack[stack.count - 1]
                } else {
                    var found: TemplateValue?
                    var index = stack.count - 1
                    while index >= 0, found == nil {
                        found = stack[index].child(path[0])
                        index -= 1
                    }
                    guard let found else { return nil }
                    value = found
                    next = 1
                }
                while next < path.count {
                    guard let child = value.child(path[next]) else { return nil }
                    value = child
                    next += 1
                }
                return value
            }
        }
    }
}
