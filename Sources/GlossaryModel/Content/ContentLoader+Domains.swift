import Foundation

extension ContentLoader {
    /// The domains of `domains.yaml` alone (empty when it is missing or unreadable), for an
    /// import into a content folder that may not have concepts yet.
    public func domains() -> [Domain] {
        var diagnostics: [Diagnostic] = []
        return DomainsFile.load(
            path: (directory as NSString).appendingPathComponent("domains.yaml"), contentFolder: directory,
            diagnostics: &diagnostics) ?? []
    }
}
