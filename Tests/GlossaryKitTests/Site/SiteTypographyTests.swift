import Testing

@testable import GlossaryModel
@testable import GlossarySite

/// Display typography (apostrophes, French spacing), plural labels and the concept map's
/// label wrapping, as pages show them.
@Suite("Site typography")
struct SiteTypographyTests {
    @Test(
        "French text: ’, narrow no-break space before ; : ! ? and inside « »",
        arguments: [
            ("Accueil: l'infogérance", "Accueil: l’infogérance"),
            ("Accueil : voir", "Accueil\u{202F}: voir"),
            ("C'est quoi ? Rien !", "C’est quoi\u{202F}? Rien\u{202F}!"),
            ("« n'est pas recommandé »", "«\u{202F}n’est pas recommandé\u{202F}»"),
            ("«nuage»", "«\u{202F}nuage\u{202F}»"),
            ("https://www.franceterme.culture.fr à 10:30", "https://www.franceterme.culture.fr à 10:30"),
            ("a\u{00A0}; b", "a\u{202F}; b")
        ])
    func french(input: String, expected: String) {
        #expect(Typography.text(input, language: .fr) == expected)
    }

    @Test("English text gets apostrophes only")
    func english() {
        #expect(Typography.text("the client's data: « x » ?", language: .en) == "the client’s data: « x » ?")
    }

    @Test("HTML: text between tags only, never attributes or code")
    func html() {
        let html = #"<p>l&#39;ESN : <a href="x.html?a=1&amp;b='2'" title="l'a">l'ESN</a> <code>a : b'</code> fin !</p>"#
        #expect(
            Typography.html(html, language: .fr)
                == #"<p>l’ESN\#u{202F}: <a href="x.html?a=1&amp;b='2'" title="l'a">l’ESN</a> <code>a : b'</code> fin\#u{202F}!</p>"#)
    }

    @Test("Counts take the plural each language wants")
    func plurals() {
        #expect(SiteStrings.counted(0, "concepts", .fr) == "0\u{00A0}notion")
        #expect(SiteStrings.counted(1, "concepts", .fr) == "1\u{00A0}notion")
        #expect(SiteStrings.counted(2, "concepts", .fr) == "2\u{00A0}notions")
        #expect(SiteStrings.counted(0, "concepts", .en) == "0\u{00A0}concepts")
        #expect(SiteStrings.counted(1, "concepts", .en) == "1\u{00A0}concept")
    }

    @Test("Map labels wrap on two lines at spaces and are never cut inside a word")
    func mapLabels() {
        #expect(ConceptMap.lines("IaaS", maxChars: 30) == ["IaaS"])
        #expect(ConceptMap.lines("entreprise de services du numérique", maxChars: 30) == ["entreprise de services du", "numérique"])
        #expect(ConceptMap.lines("un deux trois quatre cinq six sept", maxChars: 10) == ["un deux", "trois…"])
        #expect(ConceptMap.lines("anticonstitutionnellement", maxChars: 10) == ["anticonstitutionnellement"])
        let svg = ConceptMap(
            title: "t", center: "entreprise de services du numérique", broader: [], narrower: [],
            related: [.init(label: "x", href: "x.html")], contrasts: []
        ).svg(id: "m")
        #expect(svg.contains("<tspan x=\"450\">entreprise de services du</tspan><tspan x=\"450\" dy=\"18\">numérique</tspan>"))
        #expect(!svg.contains("…"))
    }
}
