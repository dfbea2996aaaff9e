import Foundation

/// Where the index of a content folder lives when `--index` is not given: the user's cache
/// (`$XDG_CACHE_HOME/glossary/`, else `~/.cache/glossary/`), one file per content folder, keyed
/// by the folder's absolute path so two checkouts never share an index.
public enum IndexLocation {
    public static func defaultPath(forContent directory: String,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let absolute = URL(fileURLWithPath: directory).standardizedFileURL.path
        var hasher = FNV1a()
        hasher.add(absolute)
        let name = Slug.make((absolute as NSString).deletingLastPathComponent.split(separator: "/").last.map(String.init) ?? "content")
        return (XDGDirectory.cache.glossaryFolder(environment: environment) as NSString)
            .appendingPathComponent("\(name)-\(hasher.hex).sqlite")
    }
}
