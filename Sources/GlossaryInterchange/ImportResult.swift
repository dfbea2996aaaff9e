import GlossaryModel

/// What an importer read: concepts ready to be written, and what the user should know.
public struct ImportResult: Sendable {
    /// The concepts, with valid and unique ids.
    public var concepts: [Concept]
    /// Values kept in notes or left out.
    package var foreign: ForeignValues
    /// The subject fields the file names that `domains.yaml` lacks, as domains: the id is the
    /// slug the concepts use, the name (in both languages) the file's text when it is not
    /// already that slug, else one made from the id. ``DomainsYAML`` writes them for a new folder.
    public var newDomains: [Domain] = []
    /// Other remarks (ids renamed, statuses assumed).
    public var notices: [String]
    /// Each new subject field's text as the file spells it, by id.
    package var newDomainSpellings: [String: String] = [:]

    /// Every warning to print.
    public var warnings: [String] { warnings(writingDomains: false) }

    /// Every warning to print; subject fields missing from `domains.yaml` are one, unless the
    /// import writes them there itself (a new content folder).
    public func warnings(writingDomains: Bool) -> [String] {
        let missing =
            newDomains.isEmpty || writingDomains
            ? []
            : [
                "subject field(s) not in domains.yaml: \(newDomainLabels); add them to domains.yaml or change the concepts' domains"
            ]
        return foreign.warnings + notices + missing
    }

    /// The new subject fields as the file spells them, with the id the concepts use:
    /// `Stellar Birth (stellar-birth)`; only the id when the file gives the id itself.
    package var newDomainLabels: String {
        newDomains.map { domain in
            guard let text = newDomainSpellings[domain.id], text != domain.id else { return domain.id }
            return "\(text) (\(domain.id))"
        }.joined(separator: ", ")
    }
}
