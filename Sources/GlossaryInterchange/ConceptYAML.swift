import GlossaryModel
import Yams

/// Writes a concept as a concept file in the layout of Content/README.md: keys in the
/// documented order, ids and terms in flow style (`- { text: …, status: … }`), long texts
/// as block scalars. Yams emits the YAML; this type only builds the node tree and picks styles.
package enum ConceptYAML {
    package static func text(_ concept: Concept) throws -> String {
        var pairs: [(Node, Node)] = [(key("id"), scalar(concept.id))]
        pairs.append((key("domains"), ids(concept.domains)))
        if !concept.broader.isEmpty { pairs.append((key("broader"), ids(concept.broader))) }
        if !concept.related.isEmpty { pairs.append((key("related"), ids(concept.related))) }
        if !concept.contrasts.isEmpty {
            pairs.append(
                (
                    key("contrasts"),
                    .sequence(
                        .init(
                            concept.contrasts.map { c in
                                mapping([("with", scalar(c.with)), ("fr", text(c.fr)), ("en", text(c.en))])
                            }))
                ))
        }
        for language in Language.allCases { pairs.append((key(language.rawValue), section(concept[language]))) }
        pairs.append(
            (
                key("sources"),
                .sequence(
                    .init(
                        concept.sources.map { s in
                            let fields: [(String, String?)] = [
                                ("title", s.title), ("publisher", s.publisher), ("id", s.id), ("date", s.date),
                                ("url", s.url), ("seed", s.seed), ("note", s.note)
                            ]
                            return mapping(fields.compactMap { k, v in v.map { (k, scalar($0)) } }, style: .flow)
                        }))
            ))
        return try Yams.serialize(node: .mapping(.init(pairs)), width: 100, allowUnicode: true)
    }

    private static func section(_ section: LanguageSection) -> Node {
        var pairs: [(String, Node)] = []
        pairs.append(
            (
                "terms",
                .sequence(
                    .init(
                        section.terms.map { t in
                            let fields: [(String, String?)] = [
                                ("text", t.text), ("status", t.status.rawValue), ("type", t.type?.rawValue),
                                ("gender", t.gender?.rawValue), ("pos", t.pos?.rawValue),
                                ("register", t.register?.rawValue), ("note", t.note)
                            ]
                            var pairs = fields.compactMap { k, v in v.map { (k, scalar($0)) } }
                            if !t.geo.isEmpty { pairs.append(("geo", ids(t.geo))) }
                            if !t.authority.isEmpty {
                                pairs.append(
                                    (
                                        "authority",
                                        .sequence(
                                            .init(
                                                t.authority.map { a in
                                                    let fields: [(String, String?)] = [("by", a.by), ("verdict", a.verdict.rawValue), ("record", a.record)]
                                                    return mapping(fields.compactMap { k, v in v.map { (k, scalar($0)) } }, style: .flow)
                                                }, Tag(.implicit), .flow))
                                    ))
                            }
                            return mapping(pairs, style: .flow)
                        }))
            ))
        pairs.append(("definition", text(section.definition)))
        if !section.notes.isEmpty { pairs.append(("notes", .sequence(.init(section.notes.map(text))))) }
        if !section.examples.isEmpty { pairs.append(("examples", .sequence(.init(section.examples.map(text))))) }
        if !section.keywords.isEmpty { pairs.append(("keywords", .sequence(.init(section.keywords.map(scalar))))) }
        return mapping(pairs)
    }

    private static func key(_ name: String) -> Node { .scalar(.init(name)) }

    private static func mapping(_ pairs: [(String, Node)], style: Node.Mapping.Style = .block) -> Node {
        .mapping(.init(pairs.map { (key($0.0), $0.1) }, Tag(.implicit), style))
    }

    private static func ids(_ ids: [String]) -> Node {
        .sequence(.init(ids.map { .scalar(.init($0)) }, Tag(.implicit), .flow))
    }

    /// A short value: plain when YAML reads it back as the same string, else double-quoted.
    private static func scalar(_ value: String) -> Node {
        .scalar(.init(value, Tag(.implicit), needsQuotes(value) ? .doubleQuoted : .any))
    }

    /// A long or multi-line text: a literal block when it has line breaks, a folded one
    /// (`>-`, wrapped at 100 columns, as the content is written by hand) when it is long.
    private static func text(_ value: String) -> Node {
        let safe = !value.hasSuffix(" ") && !value.hasPrefix(" ") && !value.contains("\r") && !value.contains("\t")
        if safe, value.contains("\n") { return .scalar(.init(value, Tag(.implicit), .literal)) }
        if safe, value.count > 80 { return .scalar(.init(value, Tag(.implicit), .folded)) }
        return scalar(value)
    }

    /// Values a plain scalar would turn into something else (null, booleans, numbers) or
    /// that the content reader treats as empty.
    private static func needsQuotes(_ value: String) -> Bool {
        let lower = value.lowercased()
        if value.isEmpty || ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lower) { return true }
        if Double(value) != nil { return true }
        return value != value.trimmed
    }
}
