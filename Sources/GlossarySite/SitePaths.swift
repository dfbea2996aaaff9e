import GlossaryModel

/// Where each page lives in the output, as a path from the site's root, and how one page
/// links to another: always with a relative URL, so the site works from `file://` and under
/// any subpath of a host.
enum SitePaths {
    static func home(_ language: Language) -> String { "\(language.rawValue)/index.html" }
    static func az(_ language: Language) -> String { "\(language.rawValue)/a-z.html" }
    static func concept(_ id: String, _ language: Language) -> String { "\(language.rawValue)/concepts/\(id).html" }
    static func domain(_ id: String, _ language: Language) -> String { "\(language.rawValue)/domains/\(id).html" }
    static let root = "index.html"
    static let notFound = "404.html"
    static let sitemap = "sitemap.xml"

    /// Whether a root-relative path names something inside the site: not absolute, and no
    /// component empty, `.` or `..`.
    static func staysInside(_ relative: String) -> Bool {
        !relative.isEmpty && !relative.hasPrefix("/")
            && relative.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// The URL of `target` as seen from `page` (both root-relative paths): up from `page`'s
    /// folder to the folders both share, then down to `target`. Paths are compared byte by
    /// byte; one is called per link on every page, so this walks the two strings in place.
    static func relative(from page: String, to target: String) -> String {
        let slash = UInt8(ascii: "/")
        let from = page.utf8, to = target.utf8
        let fromFolders = from.reduce(0) { $1 == slash ? $0 + 1 : $0 }
        let toFolders = to.reduce(0) { $1 == slash ? $0 + 1 : $0 }
        var common = 0
        var f = from.startIndex, t = to.startIndex
        while common < fromFolders, common < toFolders {
            let fEnd = from[f...].firstIndex(of: slash)!, tEnd = to[t...].firstIndex(of: slash)!
            guard from[f..<fEnd].elementsEqual(to[t..<tEnd]) else { break }
            f = from.index(after: fEnd)
            t = to.index(after: tEnd)
            common += 1
        }
        return String(repeating: "../", count: fromFolders - common) + target[t...]
    }

    /// The prefix that leads from `page` back to the site's root ("" or "../../").
    static func rootPrefix(from page: String) -> String {
        String(repeating: "../", count: page.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }
}
