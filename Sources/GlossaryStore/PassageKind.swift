/// The running text of a concept the index stores as passages, besides its terms.
///
/// The raw values are what the index's `passage.kind` column holds.
package enum PassageKind: String, Sendable, Hashable, CaseIterable {
    case definition, note, example, contrast

    /// A passage match's score before BM25's bonus of up to 0.05: a definition says most
    /// about its concept, a contrast least. The index stores passages best score first (see
    /// ``PassageRows``), and a search scores a match on a passage with it.
    package var score: Double {
        switch self {
        case .definition: 0.45
        case .contrast: 0.35
        default: 0.4
        }
    }
}
