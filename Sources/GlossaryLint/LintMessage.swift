import GlossaryModel

/// The sentence of a finding, in the language of the text it is about.
enum LintMessage {
    static func text(
        found: String, rule: LintFinding.Rule, verdict: AuthorityVerdict?, suggestions: [String],
        concept: String, language: Language
    ) -> String {
        switch language {
        case .fr:
            let quoted = suggestions.map { "« \($0) »" }.joined(separator: " / ")
            let what: String
            switch rule {
            case .obsolete: what = "est un terme obsolète"
            case .deprecated: what = "est un terme déconseillé"
            case .authority:
                let record = verdict?.record.map { " (\($0))" } ?? ""
                let said =
                    verdict?.verdict == .notRecommended ? "n'est pas recommandé" : verdict?.verdict == .obsolete ? "est jugé obsolète" : "est déconseillé"
                what = "\(said) par \(verdict?.by ?? "l'autorité")\(record)"
            }
            return "« \(found) » \(what)" + (quoted.isEmpty ? "" : " ; employez \(quoted)") + " [\(concept)]"
        case .en:
            let quoted = suggestions.map { "“\($0)”" }.joined(separator: " / ")
            let what: String
            switch rule {
            case .obsolete: what = "is obsolete"
            case .deprecated: what = "is deprecated"
            case .authority:
                let record = verdict?.record.map { " (\($0))" } ?? ""
                let said = verdict?.verdict == .notRecommended ? "is not recommended" : verdict?.verdict == .obsolete ? "is obsolete" : "is advised against"
                what = "\(said) by \(verdict?.by ?? "the authority")\(record)"
            }
            return "“\(found)” \(what)" + (quoted.isEmpty ? "" : "; use \(quoted)") + " [\(concept)]"
        }
    }
}
