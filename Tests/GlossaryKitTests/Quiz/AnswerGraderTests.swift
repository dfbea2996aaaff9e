import Testing

@testable import GlossaryModel
@testable import GlossaryQuiz

struct AnswerGraderTests {
    func graded(_ typed: String, _ terms: [Term], language: Language = .fr) -> AnswerGrader.Grade {
        AnswerGrader.grade(typed, expected: ExpectedAnswer(conceptID: "x", language: language, terms: terms))
    }

    let french = [
        Term(text: "infogérance", status: .preferred),
        Term(text: "gérance de l'informatique", status: .admitted),
        Term(text: "facility management", status: .deprecated, note: "Anglicisme.")
    ]
    let acronyms = [
        Term(text: "ESN", status: .preferred, type: .acronym),
        Term(text: "entreprise de services du numérique", status: .preferred, type: .fullForm),
        Term(text: "SSII", status: .obsolete, type: .acronym, note: "Ancien nom.")
    ]

    @Test(arguments: ["infogérance", "INFOGERANCE", " infoge\u{301}rance ", "info-gérance", "gérance de l’informatique", "gerance de l informatique"])
    func lenientMatchesAreGood(_ typed: String) {
        let grade = graded(typed, french)
        #expect(grade.rating == .good)
        #expect(grade.verdict == .correct)
    }

    @Test func oeLigatureIsFolded() {
        let grade = graded("coeur de metier", [Term(text: "cœur de métier", status: .preferred)])
        #expect(grade.rating == .good)
    }

    @Test func oneTypoIsHardWithTheSpelling() {
        let grade = graded("infogérence", french)
        #expect(grade.rating == .hard)
        #expect(grade.verdict == .typo)
        #expect(grade.answer.text == "infogérance")
    }

    @Test func twoTyposOnlyForLongAnswers() {
        #expect(graded("infogrence", french).rating == .hard) // 2 edits, 11 letters
        let short = [Term(text: "réseau", status: .preferred)]
        #expect(graded("reseua", short).rating == .hard) // 1 transposition
        #expect(graded("rzsxau", short).rating == .again) // 2 edits, 6 letters
        #expect(graded("SLE", [Term(text: "SLA", status: .preferred)]).rating == .again) // under 4 letters: none
    }

    @Test func deprecatedTermIsHardAndNamesThePreferredOne() {
        let grade = graded("SSII", acronyms)
        #expect(grade.rating == .hard)
        #expect(grade.verdict == .deprecated)
        #expect(grade.answer.text == "ESN")
        #expect(grade.note?.contains("« ESN »") == true)
        #expect(grade.note?.contains("Ancien nom.") == true)
    }

    @Test func wrongAnswerIsAgainWithADiff() {
        let grade = graded("infographie", french)
        #expect(grade.rating == .again)
        #expect(grade.verdict == .wrong)
        #expect(grade.answer.text == "infogérance")
        #expect(grade.diff.isEmpty, "no diff between unrelated words")
        #expect(graded("", french).rating == .again)
    }

    @Test func characterDiffMarksExtraAndMissing() {
        let segments = CharacterDiff.segments(typed: "infogerence", expected: "infogérance")
        #expect(CharacterDiff.plain(segments) == "infog[e→é]r[e→a]nce")
        #expect(CharacterDiff.plain(CharacterDiff.segments(typed: "abc", expected: "abc")) == "abc")
        #expect(CharacterDiff.plain(CharacterDiff.segments(typed: "", expected: "ab")) == "[+ab]")
    }

    @Test(arguments: ["l'infogérance", "L’infogérance", "la gérance de l'informatique", "gérance informatique", "une infogérance"])
    func articlesAndSmallWordsNeverMakeAnAnswerWrong(_ typed: String) {
        #expect(graded(typed, french).rating == .good)
    }

    @Test func anAdmittedTermIsRightAndThePreferredOneIsNamed() {
        let grade = graded("gérance de l'informatique", french)
        #expect(grade.verdict == .correct)
        #expect(grade.answer.text == "infogérance")
        #expect(grade.matched?.text == "gérance de l'informatique")
    }

    @Test func anAcronymsExpansionIsRightInEitherLanguage() {
        let expected = ExpectedAnswer(
            conceptID: "sla", language: .fr, terms: [Term(text: "accord de niveau de service", status: .preferred)],
            otherLanguageTerms: [Term(text: "service level agreement", status: .preferred, type: .fullForm)], acceptsOtherLanguage: true)
        let grade = AnswerGrader.grade("the service level agreement", expected: expected)
        #expect(grade.rating == .good)
        #expect(grade.verdict == .otherLanguageExpansion)
        #expect(grade.answer.text == "accord de niveau de service")
        #expect(grade.note?.contains("French") == true)
    }

    @Test func theOtherLanguagesTermIsWrongAndSaidSo() {
        let expected = ExpectedAnswer(
            conceptID: "externalisation", language: .fr, terms: [Term(text: "externalisation", status: .preferred)],
            otherLanguageTerms: [Term(text: "outsourcing", status: .preferred)])
        let grade = AnswerGrader.grade("outsourcing", expected: expected)
        #expect(grade.rating == .again)
        #expect(grade.verdict == .wrongLanguage)
        #expect(grade.note?.contains("English term") == true)
    }

    @Test func anotherConceptsTermIsWrongEvenWhenItIsTwoEditsAway() throws {
        let kb = KnowledgeBase(
            concepts: [
                Concept(
                    id: "onshore", fr: LanguageSection(terms: [Term(text: "onshore", status: .preferred)], definition: "a"),
                    en: LanguageSection(terms: [Term(text: "onshore", status: .preferred)], definition: "a")),
                Concept(
                    id: "offshore", fr: LanguageSection(terms: [Term(text: "offshore", status: .preferred)], definition: "b"),
                    en: LanguageSection(terms: [Term(text: "offshore", status: .preferred)], definition: "b"))
            ], domains: [])
        let lexicon = TermLexicon(knowledgeBase: kb)
        let expected = ExpectedAnswer(conceptID: "onshore", language: .en, terms: [Term(text: "onshore", status: .preferred)])
        let exact = AnswerGrader.grade("offshore", expected: expected, lexicon: lexicon)
        #expect(exact.rating == .again)
        #expect(exact.verdict == .otherConcept("offshore"))
        // "ofshore" is one edit from offshore and two from onshore: not a typo of onshore.
        #expect(AnswerGrader.grade("ofshore", expected: expected, lexicon: lexicon).rating == .again)
        #expect(AnswerGrader.grade("onshor", expected: expected, lexicon: lexicon).rating == .hard)
    }

    @Test func aSlipInAnAcronymIsWrong() {
        #expect(graded("ANSI", [Term(text: "ANSSI", status: .preferred, type: .acronym)]).rating == .again)
    }

    @Test func nearMissesGetADiffWithTheTermTheyWereCloseTo() {
        let grade = graded("gérence de l'informatique", french)
        #expect(grade.rating == .hard)
        #expect(grade.matched?.text == "gérance de l'informatique")
        #expect(CharacterDiff.plain(grade.diff) == "gér[e→a]nce de l'informatique")
    }
}

extension AnswerGraderTests {
    @Test func theDiffLeavesALeadingArticleOut() {
        let grade = graded("the subcontracing", [Term(text: "subcontracting", status: .preferred)], language: .en)
        #expect(grade.rating == .hard)
        #expect(CharacterDiff.plain(grade.diff) == "subcontrac[+t]ing")
    }
}
