import Foundation

/// Follows every internal `href` and `src` of a built site and reports the ones that lead
/// nowhere: a missing file, or a `#fragment` with no element of that id in the target.
struct LinkCrawler {
    let root: URL

    struct Broken: CustomStringConvertible {
        var page: String
        var link: String
        var description: String { "\(page): \(link)" }
    }

    func brokenLinks() throws -> (checked: Int, broken: [Broken]) {
        var ids: [String: Set<String>] = [:]
        func idsOf(_ file: URL) throws -> Set<String> {
            if let known = ids[file.path] { return known }
            let html = try String(contentsOf: file, encoding: .utf8)
            let found = Set(Self.matches(#"\sid="([^"]*)""#, in: html))
            ids[file.path] = found
            return found
        }
        var broken: [Broken] = []
        var checked = 0
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        let pages = enumerator.compactMap { $0 as? URL }.filter { ["html", "xml"].contains($0.pathExtension) }
        for page in pages where page.pathExtension == "html" {
            let html = try String(contentsOf: page, encoding: .utf8)
            for link in Self.matches(#"\s(?:href|src)="([^"]*)""#, in: html) {
                let decoded = link.replacingOccurrences(of: "&amp;", with: "&")
                if decoded.hasPrefix("http://") || decoded.hasPrefix("https://") || decoded.hasPrefix("mailto:") { continue }
                checked += 1
                let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0]).split(separator: "?").first.map(String.init) ?? ""
                let target = path.isEmpty ? page : URL(fileURLWithPath: path, relativeTo: page.deletingLastPathComponent()).standardizedFileURL
                let relative = page.path.replacingOccurrences(of: root.path + "/", with: "")
                guard FileManager.default.fileExists(atPath: target.path) else {
                    broken.append(Broken(page: relative, link: link)); continue
                }
                if parts.count == 2, !parts[1].isEmpty, try !idsOf(target).contains(String(parts[1])) {
                    broken.append(Broken(page: relative, link: link))
                }
            }
        }
        return (checked, broken)
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }
}
