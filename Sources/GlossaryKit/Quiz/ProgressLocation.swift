import Foundation

/// Where the learner's progress lives when `--progress` is not given: `$GLOSSARY_PROGRESS`,
/// else `$XDG_DATA_HOME/glossary/progress.sqlite`, else `~/.local/share/glossary/progress.sqlite`.
/// Data, not cache: unlike the index it cannot be rebuilt, so it never goes in `~/.cache`.
public enum ProgressLocation {
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["GLOSSARY_PROGRESS"], !path.isEmpty { return path }
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            data = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((data as NSString).appendingPathComponent("glossary") as NSString).appendingPathComponent("progress.sqlite")
    }
}
