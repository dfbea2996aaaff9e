/// The whole content: every concept and domain, with the relations derived from them.
public struct KnowledgeBase: Sendable, Hashable {
    /// Concepts sorted by id.
    public let concepts: [Concept]
    /// The domains concepts are classified in, as `domains.yaml` lists them.
    public let domains: [Domain]
    private let byID: [String: Int]
    private let narrowerByID: [String: [String]]

    /// A knowledge base of `concepts` (sorted by id here) and `domains`.
    public init(concepts: [Concept], domains: [Domain]) {
        // Content files are read in name order and named after their ids: usually sorted already.
        let isSorted = concepts.indices.dropFirst().allSatisfy { concepts[$0 - 1].id <= concepts[$0].id }
        let sorted = isSorted ? concepts : concepts.sorted { $0.id < $1.id }
        self.concepts = sorted
        self.domains = domains
        var index: [String: Int] = [:]
        index.reserveCapacity(sorted.count)
        for (i, concept) in sorted.enumerated() where index[concept.id] == nil { index[concept.id] = i }
        byID = index
        var narrower: [String: [String]] = [:]
        for concept in sorted {
            for parent in concept.broader { narrower[parent, default: []].append(concept.id) }
        }
        narrowerByID = narrower
    }

    /// Equal when the concepts and domains are: derived lookups do not count.
    public static func == (a: KnowledgeBase, b: KnowledgeBase) -> Bool {
        a.concepts == b.concepts && a.domains == b.domains
    }

    /// Hashes the concepts and domains, as ``==(_:_:)`` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(concepts)
        hasher.combine(domains)
    }

    /// The concept with `id`, if any.
    public func concept(_ id: String) -> Concept? { byID[id].map { concepts[$0] } }

    /// The domain with `id`, if any.
    public func domain(_ id: String) -> Domain? { domains.first { $0.id == id } }

    /// Concepts whose `broader` names `id`, sorted by id.
    public func narrower(_ id: String) -> [String] { narrowerByID[id] ?? [] }

    /// Concepts of a domain.
    public func concepts(inDomain id: String) -> [Concept] { concepts.filter { $0.domains.contains(id) } }
}
