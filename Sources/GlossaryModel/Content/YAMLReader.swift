/// Reads a composed YAML node tree into model values, recording every problem with its
/// position instead of stopping at the first one, so `glossary check` can report them all.
///
/// libyaml parses (see ``YAMLNode``); this type only knows which keys and values the content
/// format allows.
struct YAMLReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    mutating func error(_ node: YAMLNode?, _ message: String) {
        diagnostics.append(
            Diagnostic(
                .error, path: path, line: node?.mark.line ?? 0,
                column: node?.mark.column ?? 0, message))
    }

    mutating func warning(_ node: YAMLNode?, _ message: String) {
        diagnostics.append(
            Diagnostic(
                .warning, path: path, line: node?.mark.line ?? 0,
                column: node?.mark.column ?? 0, message))
    }

    /// The pairs of a mapping node, reporting keys outside `allowed` with a suggestion
    /// ("defintion: did you mean definition?") and duplicate keys.
    mutating func mapping(_ node: YAMLNode, context: String, allowed: [String]) -> [String: (key: YAMLNode, value: YAMLNode)]? {
        guard case .mapping(let mapping, _) = node else {
            error(node, "\(context) must be a mapping of keys to values, found \(kind(node))")
            return nil
        }
        var result: [String: (key: YAMLNode, value: YAMLNode)] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                error(key, "\(context): keys must be plain words")
                continue
            }
            if !allowed.contains(name) {
                if let hint = EditDistance.suggestion(for: name, in: allowed) {
                    error(key, "unknown key '\(name)' in \(context): did you mean '\(hint)'?")
                } else {
                    error(key, "unknown key '\(name)' in \(context); allowed keys: \(allowed.joined(separator: ", "))")
                }
                continue
            }
            if result[name] != nil {
                error(key, "key '\(name)' appears twice in \(context); keep one")
                continue
            }
            result[name] = (key, value)
        }
        return result
    }

    /// A non-empty string scalar.
    mutating func string(_ node: YAMLNode?, field: String, required: Bool = true, at parent: YAMLNode) -> String? {
        guard let node else {
            if required { error(parent, "missing '\(field)'") }
            return nil
        }
        guard case .scalar(let raw, let plain, _) = node else {
            error(node, "'\(field)' must be text, found \(kind(node))")
            return nil
        }
        if plain, raw == "~" || raw == "null" || raw.isEmpty {
            if required { error(node, "'\(field)' is empty") }
            return nil
        }
        if let control = raw.unicodeScalars.first(where: { ControlCharacters.isControl($0) && $0 != "\n" && $0 != "\t" }) {
            error(
                node,
                "'\(field)' holds the control character U+\(String(control.value + 0x10000, radix: 16, uppercase: true).dropFirst()), which would reach learners' terminals and pages: remove it"
            )
            return nil
        }
        let text = raw.trimmed
        if text.isEmpty {
            if required { error(node, "'\(field)' is empty") }
            return nil
        }
        return text
    }

    /// A sequence of strings; a single string is accepted as a one-element list.
    mutating func strings(_ node: YAMLNode?, field: String) -> [(String, YAMLNode)] {
        guard let node else { return [] }
        switch node {
        case .scalar:
            if let s = string(node, field: field, required: false, at: node) { return [(s, node)] }
            return []
        case .sequence(let sequence, _):
            return sequence.compactMap { item in string(item, field: field, at: item).map { ($0, item) } }
        default:
            error(node, "'\(field)' must be a list of text, found \(kind(node))")
            return []
        }
    }

    /// The items of a sequence node.
    mutating func sequence(_ node: YAMLNode?, field: String) -> [YAMLNode] {
        guard let node else { return [] }
        guard case .sequence(let sequence, _) = node else {
            error(node, "'\(field)' must be a list, found \(kind(node))")
            return []
        }
        return Array(sequence)
    }

    /// A value of a closed enumeration.
    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ node: YAMLNode?, field: String, as: E.Type) -> E?
    where E.RawValue == String {
        guard let node, let raw = string(node, field: field, required: false, at: node) else { return nil }
        if let value = E(rawValue: raw) { return value }
        let allowed = E.allCases.map(\.rawValue)
        let hint = EditDistance.suggestion(for: raw, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
        error(node, "'\(raw)' is not a valid \(field); use one of \(allowed.joined(separator: ", "))\(hint)")
        return nil
    }

    private func kind(_ node: YAMLNode) -> String {
        switch node {
        case .scalar: "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
