/// A value a template reads from its page's context: what `{{name}}`, `{{#name}}` and
/// `{{^name}}` see.
///
/// Typed rather than `Any`, so ``TemplateRenderer`` tells values apart with a `switch`
/// instead of dynamic casts (which swift-mustache makes several times for every tag, through
/// the runtime's conformance cache that all rendering threads share).
enum TemplateValue: Sendable {
    /// Text, HTML-escaped by `{{name}}`; shown as it is by `{{{name}}}` (used only for HTML
    /// built by glossary from escaped parts).
    case text(String)
    /// A flag: `{{#name}}` renders its section when true, `{{^name}}` when false.
    case bool(Bool)
    case number(Int)
    /// `{{#name}}` renders its section once per element, with the element on top of the context.
    case list([TemplateValue])
    case object(TemplateObject)

    /// The value as swift-mustache expects it (`String`, `Bool`, `Int`, `[Any]`, or a
    /// ``TemplateObject``, which conforms to `MustacheParent`), for templates rendered by
    /// swift-mustache itself (see ``SiteTemplates``).
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .bool(let flag): flag
        case .number(let number): number
        case .list(let list): list.map(\.mustacheValue)
        case .object(let object): object
        }
    }

    /// What `{{name}}` shows before escaping, as swift-mustache shows the same value
    /// (`String(describing:)`).
    var renderedText: String {
        switch self {
        case .text(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .list, .object: String(describing: mustacheValue)
        }
    }

    /// The child `key` of an object; other values have none.
    func child(_ key: TemplateObject.FieldName) -> TemplateValue? {
        if case .object(let object) = self { object.value(key) } else { nil }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
}
