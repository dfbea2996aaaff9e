import Foundation
import GlossaryModel

/// Where the learner's progress lives when `--progress` is not given: `$GLOSSARY_PROGRESS`,
/// else `$XDG_DATA_HOME/glossary/progress.sqlite`, else `~/.local/share/glossary/progress.sqlite`.
/// Data, not cache: unlike the index it cannot be rebuilt, so it never goes in `~/.cache`.
public enum ProgressLocation {
    /// `$GLOSSARY_PROGRESS`, else `progress.sqlite` in the XDG data folder.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["GLOSSARY_PROGRESS"], !path.isEmpty { return path }
        return (XDGDirectory.data.glossaryFolder(environment: environment) as NSString).appendingPathComponent("progress.sqlite")
    }
}
