/// Renders the site's Mustache templates, as parsed by swift-mustache, over typed contexts
/// (``TemplateObject``): the same output as swift-mustache, five to ten times faster.
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
        var path: [String]
        /// `.` or `.name`: looked up in the top value only.
        var fromTop: Bool

        init(_ name: String) {
            path = name.split(separator: ".").map(String.init)
            fromTop = name.first == "."
        }
    }

    /// What a section inherits from the template that includes it.
    private struct Frame {
        var indentation: String?
        var overrides: [String: [Node]]?
        var escapes = true

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
        render(nodes, Frame(), &stack, into: &out)
        return out
    }

    private func render(_ nodes: [Node], _ frame: Frame, _ stack: inout [TemplateValue], into out: inout String) {
        var frame = frame
        guard let indentation = frame.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, &frame, &stack, into: &out) }
            return
        }
        // swift-mustache indents a token's output when what this template has written so far
        // ends a line, token by token; output written before this template does not count.
        var local = ""
        for node in nodes {
            var piece = ""
            render(node, &frame, &stack, into: &piece)
            if !piece.isEmpty, local.last == "\n" { local += indentation }
            local += piece
        }
        out += local
    }

    private func render(_ node: Node, _ frame: inout Frame, _ stack: inout [TemplateValue], into out: inout String) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = lookup(name, in: stack) else { return }
            if escaped && frame.escapes {
                HTML.escape(value.renderedText, into: &out)
            } else {
                out += value.renderedText
            }
        case .section(let name, let nodes):
            switch lookup(name, in: stack) {
            case .list(let items)?:
                for item in items {
                    stack.append(item)
                    render(nodes, frame, &stack, into: &out)
                    stack.removeLast()
                }
            case .bool(let flag)?:
                if flag { render(nodes, frame, &stack, into: &out) }
            case let value?:
                stack.append(value)
                render(nodes, frame, &stack, into: &out)
                stack.removeLast()
            case nil:
                break
            }
        case .invertedSection(let name, let nodes):
            switch lookup(name, in: stack) {
            case .list(let items)?:
                guard items.isEmpty else { return }
                stack.append(.list(items))
                render(nodes, frame, &stack, into: &out)
                stack.removeLast()
            case .bool(let flag)?:
                if !flag { render(nodes, frame, &stack, into: &out) }
            case .some:
                break
            case nil:
                render(nodes, frame, &stack, into: &out)
            }
        case .block(let name, let defaultNodes, let indentation):
            render(frame.overrides?[name] ?? defaultNodes, frame.indented(by: indentation), &stack, into: &out)
        case .partial(let name, let indentation, let overrides):
            guard let nodes = templates[name] else { return }
            var partialFrame = frame.indented(by: indentation)
            if let overrides {
                // The including template's overrides win over the partial's own.
                partialFrame.overrides = frame.overrides?.merging(overrides) { outer, _ in outer } ?? overrides
            }
            partialFrame.escapes = true
            render(nodes, partialFrame, &stack, into: &out)
        case .contentType(let escapes):
            frame.escapes = escapes
        }
    }

    private func lookup(_ name: Name, in stack: [TemplateValue]) -> TemplateValue? {
        var value: TemplateValue
        var rest = name.path[...]
        if name.fromTop || name.path.isEmpty {
            value = stack[stack.count - 1]
        } else {
            let first = name.path[0]
            var found: TemplateValue?
            var index = stack.count - 1
            while index >= 0, found == nil {
                found = stack[index].child(first)
                index -= 1
            }
            guard let found else { return nil }
            value = found
            rest = rest.dropFirst()
        }
        for part in rest {
            guard let child = value.child(part) else { return nil }
            value = child
        }
        return value
    }
}
