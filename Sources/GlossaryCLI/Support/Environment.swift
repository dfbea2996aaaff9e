import Foundation

/// The process's environment variables, read one at a time.
///
/// `ProcessInfo.processInfo.environment` copies the whole environment into a dictionary on
/// each call; a command that starts in 2 ms reads only a few variables and can skip that.
enum Environment {
    /// The value of `name`, or nil when it is not set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
