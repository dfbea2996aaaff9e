import Foundation
import GlossaryModel

/// Where the index of a content folder lives when `--index` is not given: the user's cache
/// (`$XDG_CACHE_HOME/glossary/`, else `~/.cache/glossary/`), one file per content folder, keyed
/// by the folder's absolute path so two checkouts never share an index.
package enum IndexLocation {
    package static func defaultPath(
        forContent directory: String,
        environment: [String: String] = IndexLocation.environment()
    ) -> String {
        let absolute = absolutePath(directory)
        var hasher = FNV1a()
        hasher.add(absolute)
        let name = Slug.make((absolute as NSString).deletingLastPathComponent.split(separator: "/").last.map(String.init) ?? "content")
        return (XDGDirectory.cache.glossaryFolder(environment: environment) as NSString)
            .appendingPathComponent("\(name)-\(hasher.hex).sqlite")
    }

    /// The variables the default path depends on (`XDG_CACHE_HOME`, `HOME`), read one by one:
    /// `ProcessInfo.processInfo.environment` would copy the whole environment, at the start
    /// of every command.
    package static func environment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["XDG_CACHE_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// `directory` made absolute and standardized, as `URL(fileURLWithPath:).standardizedFileURL.path`
    /// gives it. A path with no `.`, `..` or empty component is already standard once the
    /// working directory is put before it, so only the others go through `URL`, whose first
    /// use costs 0.7 million instructions (a whole search on the shipped content: 26 million).
    static func absolutePath(_ directory: String) -> String {
        var absolute = directory
        if !directory.hasPrefix("/") {
            let base = FileManager.default.currentDirectoryPath
            absolute = base.hasSuffix("/") ? base + directory : base + "/" + directory
        }
        let components = absolute.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst()
        let isStandard = !components.contains { $0.isEmpty || $0.elementsEqual(".".utf8) || $0.elementsEqual("..".utf8) }
        return isStandard ? absolute : URL(fileURLWithPath: directory).standardizedFileURL.path
    }
}
