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

    /// The URL of `target` as seen from `page` (both root-relative paths).
    static func relative(from page: String, to target: String) -> String {
        let from = page.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var to = target.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        to.removeFirst(common)
        return String(repeating: "../", count: from.count - common) + to.joined(separator: "/")
    }

    /// The prefix that leads from `page` back to the site's root ("" or "../../").
    static func rootPrefix(from page: String) -> String {
        String(repeating: "../", count: page.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }
}
