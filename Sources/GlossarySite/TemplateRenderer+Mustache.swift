import Mustache

extension TemplateRenderer {
    /// The renderer of templates parsed by swift-mustache, or nil when one of them uses
    /// something this renderer does not handle (see ``TemplateRenderer``), or when
    /// swift-mustache's parsed form is not the one this was written for (another version).
    ///
    /// swift-mustache keeps its parsed tokens internal; they are read here through `Mirror`
    /// (the case names and labels of its `Token` enum, version 2.1), once per build. Reading
    /// them rather than parsing the templates a second time keeps swift-mustache the only
    /// parser, so both renderers see the same tags and the same whitespace.
    init?(templates: [String: MustacheTemplate]) {
        var parsed: [String: [Node]] = [:]
        for (name, template) in templates {
            guard let nodes = Self.nodes(of: template) else { return nil }
            parsed[name] = nodes
        }
        self.init(nodes: parsed)
    }

    static func nodes(of template: MustacheTemplate) -> [Node]? {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") as? [Any] else { return nil }
        var nodes: [Node] = []
        nodes.reserveCapacity(tokens.count)
        for token in tokens {
            guard let node = node(of: token) else { return nil }
            nodes.append(node)
        }
        return nodes
    }

    private static func node(of token: Any) -> Node? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let tokenCase = mirror.children.first, let kind = tokenCase.label else { return nil }
        let payload = Mirror(reflecting: tokenCase.value)
        func field(_ label: String) -> Any? { payload.children.first { $0.label == label }?.value }
        /// An optional field: `.some(nil)` when it holds nil, nil when it is missing or not a `T?`.
        func optionalField<T>(_ label: String, _: T.Type) -> T?? {
            guard let value = field(label) else { return nil }
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return nil }
            guard let wrapped = mirror.children.first?.value else { return .some(nil) }
            return (wrapped as? T).map { .some($0) }
        }
        /// The name of a variable or section tag, provided it has no transform.
        func name() -> String? {
            guard let name = field("name") as? String, let transforms = field("transforms") as? [String], transforms.isEmpty else { return nil }
            return name
        }
        func overrides() -> [String: [Node]]?? {
            guard let templates = optionalField("inherits", [String: MustacheTemplate].self) else { return nil }
            guard let templates else { return .some(nil) }
            var nodes: [String: [Node]] = [:]
            for (name, template) in templates {
                guard let compiled = Self.nodes(of: template) else { return nil }
                nodes[name] = compiled
            }
            return .some(nodes)
        }
        switch kind {
        case "text":
            return (tokenCase.value as? String).map { .text($0) }
        case "variable", "unescapedVariable":
            return name().map { .variable($0, escaped: kind == "variable") }
        case "section", "invertedSection":
            guard let name = name(), let template = field("template") as? MustacheTemplate,
                  let nodes = Self.nodes(of: template) else { return nil }
            return .section(name, inverted: kind == "invertedSection", nodes)
        case "blockExpansion":
            guard let name = field("name") as? String, let template = field("default") as? MustacheTemplate,
                  let nodes = Self.nodes(of: template), let indentation = optionalField("indentation", String.self) else { return nil }
            return .block(name: name, default: nodes, indentation: indentation)
        case "partial":
            guard let name = field(".0") as? String, let indentation = optionalField("indentation", String.self),
                  let overrides = overrides() else { return nil }
            return .partial(name: name, indentation: indentation, overrides: overrides)
        case "contentType":
            switch String(describing: type(of: tokenCase.value)) {
            case "HTMLContentType": return .contentType(escapes: true)
            case "TextContentType": return .contentType(escapes: false)
            default: return nil
            }
        default:
            return nil
        }
    }
}
