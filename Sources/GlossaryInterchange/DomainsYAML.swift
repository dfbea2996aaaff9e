import GlossaryModel
import Yams

/// Writes `domains.yaml` in the layout of Content/README.md: one flow mapping per language,
/// `{ name: …, description: … }`. Used when an import creates a content folder.
package enum DomainsYAML {
    package static let header = "# The domains (subject fields) that group the concepts. Each concept lists one or more ids from here.\n"

    package static func text(_ domains: [Domain]) throws -> String {
        let items: [Node] = domains.map { domain in
            var pairs: [(Node, Node)] = [(.scalar(.init("id")), .scalar(.init(domain.id)))]
            for language in Language.allCases {
                let label = domain[language]
                var fields: [(Node, Node)] = [(.scalar(.init("name")), quoted(label.name))]
                if let description = label.description { fields.append((.scalar(.init("description")), quoted(description))) }
                pairs.append((.scalar(.init(language.rawValue)), .mapping(.init(fields, Tag(.implicit), .flow))))
            }
            return .mapping(.init(pairs))
        }
        return header + (items.isEmpty ? "[]\n" : try Yams.serialize(node: .sequence(.init(items)), width: 200, allowUnicode: true))
    }

    private static func quoted(_ value: String) -> Node { .scalar(.init(value, Tag(.implicit), .doubleQuoted)) }
}
