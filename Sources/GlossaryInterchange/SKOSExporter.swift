import GlossaryModel

/// Writes the knowledge base as SKOS in Turtle: a `skos:ConceptScheme`, a `skos:Concept`
/// per concept with one `skos:prefLabel` per language (the headword), the other recommended
/// terms as `skos:altLabel`, deprecated and obsolete ones as `skos:hiddenLabel`,
/// `skos:definition` per language (plain text: `[[id]]` links become the linked headword),
/// `skos:broader`/`narrower` (both ways) and `skos:related` (symmetric), `skos:inScheme` and `skos:topConceptOf` for concepts
/// with no broader one. Domains become `skos:Collection`s of their concepts.
public struct SKOSExporter: Sendable {
    /// A source as one line, every field of it: publisher, title, record id, date and URL,
    /// then its note (SKOS has no structure for a source; seeds are our own bookkeeping).
    static func citation(_ source: Source) -> String {
        let fields = [source.publisher, source.title, source.id, source.date, source.url].compactMap { $0 }.joined(separator: ", ")
        return source.note.map { "\(fields). \($0)" } ?? fields
    }

    /// The IRI concepts are named under when no other base is given: the concept's id is appended.
    public static let defaultBase = "https://glossary.example.org/concept/"
    package let base: String

    /// An exporter naming each concept `base` followed by its id.
    package init(base: String = SKOSExporter.defaultBase) { self.base = base }

    /// The knowledge base as SKOS in Turtle: one `skos:Concept` per concept, one
    /// `skos:ConceptScheme`.
    package func export(_ kb: KnowledgeBase) -> String {
        var out = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix c: <\(Turtle.iri(base))> .

            c:scheme a skos:ConceptScheme ;
                skos:prefLabel \(literal("Glossaire de l'infogérance", .fr)), \(literal("IT outsourcing glossary", .en)) ;
                skos:hasTopConcept \(kb.concepts.filter { $0.broader.isEmpty }.map { name($0.id) }.joined(separator: ", ")) .


            """
        let related = Self.symmetricRelated(kb)
        for concept in kb.concepts {
            var lines = ["\(name(concept.id)) a skos:Concept", "skos:inScheme c:scheme"]
            if concept.broader.isEmpty { lines.append("skos:topConceptOf c:scheme") }
            lines.append("skos:notation \(literal(concept.id, nil))")
            for language in Language.allCases {
                let section = concept[language]
                let headword = section.headword
                if let headword { lines.append("skos:prefLabel \(literal(headword.text, language))") }
                for term in section.terms where term != headword {
                    let property = term.status.isRecommended ? "skos:altLabel" : "skos:hiddenLabel"
                    lines.append("\(property) \(literal(term.text, language))")
                }
                if !section.definition.isEmpty {
                    lines.append("skos:definition \(literal(kb.plainText(section.definition, language: language), language))")
                }
                for note in section.notes { lines.append("skos:scopeNote \(literal(kb.plainText(note, language: language), language))") }
                for example in section.examples { lines.append("skos:example \(literal(kb.plainText(example, language: language), language))") }
            }
            for id in concept.broader { lines.append("skos:broader \(name(id))") }
            for id in kb.narrower(concept.id) { lines.append("skos:narrower \(name(id))") }
            for id in related[concept.id, default: []] {
                lines.append("skos:related \(name(id))")
            }
            for source in concept.sources {
                lines.append("dct:source \(literal(Self.citation(source), nil))")
            }
            out += lines.joined(separator: " ;\n    ") + " .\n\n"
        }
        for domain in kb.domains {
            let members = kb.concepts(inDomain: domain.id).map { name($0.id) }
            var lines = [
                "c:domain-\(domain.id) a skos:Collection",
                "skos:prefLabel \(literal(domain.fr.name, .fr)), \(literal(domain.en.name, .en))"
            ]
            if !members.isEmpty { lines.append("skos:member \(members.joined(separator: ", "))") }
            out += lines.joined(separator: " ;\n    ") + " .\n\n"
        }
        return out
    }

    /// `skos:related` is symmetric (SKOS S23): each concept's related and contrasted
    /// concepts, plus those that name it so, in order, without repeats, and none of its
    /// ancestors or descendants.
    static func symmetricRelated(_ kb: KnowledgeBase) -> [String: [String]] {
        var related: [String: [String]] = [:]
        func add(_ a: String, _ b: String) {
            guard a != b, !related[a, default: []].contains(b) else { return }
            related[a, default: []].append(b)
        }
        for concept in kb.concepts {
            for id in concept.related + concept.contrasts.map(\.with) { add(concept.id, id) }
        }
        for concept in kb.concepts {
            for id in concept.related + concept.contrasts.map(\.with) { add(id, concept.id) }
        }
        // skos:related is disjoint with skos:broaderTransitive (S27): a pair also linked
        // through the hierarchy, at any depth, keeps only the hierarchical link.
        let ancestors = Self.ancestors(kb)
        for (id, ids) in related {
            related[id] = ids.filter { !ancestors[id, default: []].contains($0) && !ancestors[$0, default: []].contains(id) }
        }
        return related
    }

    /// Every concept's broader concepts, transitively (a cycle, which check refuses, ends the walk).
    static func ancestors(_ kb: KnowledgeBase) -> [String: Set<String>] {
        let broader = Dictionary(kb.concepts.map { ($0.id, $0.broader) }, uniquingKeysWith: { a, _ in a })
        var result: [String: Set<String>] = [:]
        for concept in kb.concepts {
            var seen: Set<String> = [], stack = concept.broader
            while let id = stack.popLast() {
                guard seen.insert(id).inserted else { continue }
                stack += broader[id] ?? []
            }
            result[concept.id] = seen
        }
        return result
    }

    /// A prefixed name; slugs are valid local names (letters, digits, inner hyphens).
    private func name(_ id: String) -> String { "c:\(id)" }

    private func literal(_ text: String, _ language: Language?) -> String {
        Turtle.string(text) + (language.map { "@\($0.rawValue)" } ?? "")
    }
}
