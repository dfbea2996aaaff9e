import Testing
@testable import GlossaryModel
@testable import GlossaryQuiz

struct AnswerGraderTests {
    let french = [
        Term(text: "infogérance", status: .preferred),
        Term(text: "gérance de l'informatique", status: .admitted),
        Term(text: "facility management", status: .deprecated, note: "Anglicisme."),
    ]
    let acronyms = [
        Term(text: "ESN", status: .preferred, type: .acronym),
        Term(text: "entreprise de services du numérique", status: .preferred, type: .fullForm),
        Term(text: "SSII", status: .obsolete, type: .acronym, note: "Ancien nom."),
    ]

    @Test(arguments: ["infogérance", "INFOGERANCE", " infoge\u{301}rance ", "info-gérance", "gérance de l’informatique", "gerance de l informatique"])
    func lenientMatchesAreGood(_ typed: String) {
        let grade = AnswerGrader.grade(typed, terms: french)
        #expect(grade.rating == .good)
        #expect(grade.verdict == .correct)
    }

    @Test func oeLigatureIsFolded() {
        let grade = AnswerGrader.grade("coeur de metier", terms: [Term(text: "cœur de métier", status: .preferred)])
        #expect(grade.rating == .good)
    }

    @Test func oneTypoIsHardWithTheSpelling() {
        let grade = AnswerGrader.grade("infogérence", terms: french)
        #expect(grade.rating == .hard)
        #expect(grade.verdict == .typo)
        #expect(grade.expected.text == "infogérance")
    }

    @Test func twoTyposOnlyForLongAnswers() {
        #expect(AnswerGrader.grade("infogrence", terms: french).rating == .hard)      // 2 edits, 11 letters
        let short = [Term(text: "réseau", status: .preferred)]
        #expect(AnswerGrader.grade("reseua", terms: short).rating == .hard)           // 1 transposition
        #expect(AnswerGrader.grade("rzsxau", terms: short).rating == .again)          // 2 edits, 6 letters
        #expect(AnswerGrader.grade("SLE", terms: [Term(text: "SLA", status: .preferred)]).rating == .again) // under 4 letters: none
    }

    @Test func deprecatedTermIsHardAndNamesThePreferredOne() {
        let grade = AnswerGrader.grade("SSII", terms: acronyms)
        #expect(grade.rating == .hard)
        #expect(grade.verdict == .deprecated)
        #expect(grade.expected.text == "ESN")
        #expect(grade.note?.contains("« ESN »") == true)
        #expect(grade.note?.contains("Ancien nom.") == true)
    }

    @Test func wrongAnswerIsAgainWithADiff() {
        let grade = AnswerGrader.grade("infographie", terms: french)
        #expect(grade.rating == .again)
        #expect(grade.verdict == .wrong)
        #expect(grade.expected.text == "infogérance")
        #expect(CharacterDiff.plain(grade.diff).contains("["))
        #expect(AnswerGrader.grade("", terms: french).rating == .again)
    }

    @Test func characterDiffMarksExtraAndMissing() {
        let segments = CharacterDiff.segments(typed: "infogerence", expected: "infogérance")
        #expect(CharacterDiff.plain(segments) == "infog[-e][+é]r[-e][+a]nce")
        #expect(CharacterDiff.plain(CharacterDiff.segments(typed: "abc", expected: "abc")) == "abc")
        #expect(CharacterDiff.plain(CharacterDiff.segments(typed: "", expected: "ab")) == "[+ab]")
    }
}
