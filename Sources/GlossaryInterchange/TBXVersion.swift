/// The two generations of TBX this project reads and writes. Their structure is the same
/// (entry, language section, term section); only the element names and the header differ.
package enum TBXVersion: Sendable {
    /// ISO 30042:2019: `<tbx>`, `conceptEntry`, `langSec`, `termSec`, namespace `urn:iso:std:iso:30042:ed-2`.
    case v3
    /// ISO 30042:2008: `<martif>`, `termEntry`, `langSet`, `tig`, no namespace.
    case v2

    static let namespace = "urn:iso:std:iso:30042:ed-2"

    var entry: String { self == .v3 ? "conceptEntry" : "termEntry" }
    var languageSection: String { self == .v3 ? "langSec" : "langSet" }
    var termSection: String { self == .v3 ? "termSec" : "tig" }
}
