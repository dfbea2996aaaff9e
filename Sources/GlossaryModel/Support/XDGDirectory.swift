import Foundation

/// The XDG base directories (https://specifications.freedesktop.org/basedir-spec/): where the
/// index (cache: rebuildable) and the progress database (data: never rebuilt) live.
package enum XDGDirectory {
    case cache, data

    /// `$XDG_CACHE_HOME` or `$XDG_DATA_HOME` when absolute, else `~/.cache` or `~/.local/share`,
    /// with `glossary` appended.
    package func glossaryFolder(environment: [String: String]) -> String {
        let (variable, fallback) = self == .cache ? ("XDG_CACHE_HOME", ".cache") : ("XDG_DATA_HOME", ".local/share")
        let base: String
        if let value = environment[variable], value.hasPrefix("/") {
            base = value
        } else {
            base = ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(fallback)
        }
        return (base as NSString).appendingPathComponent("glossary")
    }
}
