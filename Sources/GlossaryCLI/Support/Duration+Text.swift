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

    /// An interval as Anki writes it on its grade buttons: "<10m", "6h", "1d", "3mo", "2y"
    /// ("<" for a learning step, which may come a little earlier).
    static func short(_ seconds: TimeInterval) -> String {
        let s = max(0, seconds)
        switch s {
        case ..<3600: return "<\(max(1, Int((s / 60).rounded())))m"
        case ..<86400: return "\(Int((s / 3600).rounded()))h"
        case ..<(86400 * 60): return "\(Int((s / 86400).rounded()))d"
        case ..<(86400 * 730): return "\(Int((s / 86400 / 30.44).rounded()))mo"
        default: return "\(Int((s / 86400 / 365.25).rounded()))y"
        }
    }

    /// A session's length: "1 min 12 s".
    static func clock(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        return total >= 60 ? "\(total / 60) min \(total % 60) s" : "\(total) s"
    }
}
