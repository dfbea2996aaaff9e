import Foundation

/// Short human durations for intervals and session times: "45 s", "10 min", "3 h", "2 days".
enum DurationText {
    static func text(_ seconds: TimeInterval) -> String {
        let s = max(0, seconds)
        switch s {
        case ..<60: return "\(Int(s.rounded())) s"
        case ..<3600: return "\(Int((s / 60).rounded())) min"
        case ..<86400: return "\(Int((s / 3600).rounded())) h"
        case ..<(86400 * 60): let d = Int((s / 86400).rounded()); return d == 1 ? "1 day" : "\(d) days"
        case ..<(86400 * 730): return "\(Int((s / 86400 / 30.44).rounded())) months"
        default: return "\(Int((s / 86400 / 365.25).rounded())) years"
        }
    }

    /// A session's length: "1 min 12 s".
    static func clock(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        return total >= 60 ? "\(total / 60) min \(total % 60) s" : "\(total) s"
    }
}
