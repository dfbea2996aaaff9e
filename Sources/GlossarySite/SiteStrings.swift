import GlossaryModel

/// The words of the site's interface in each language, given to every template as `t`.
enum SiteStrings {
    /// The interface words of `language`, with display typography (``Typography``) applied.
    static func table(_ language: Language) -> [String: String] {
        language == .fr ? frDisplay : enDisplay
    }

    private static let frDisplay = fr.mapValues { Typography.text($0, language: .fr) }
    private static let enDisplay = en.mapValues { Typography.text($0, language: .en) }

    /// "1 notion", "2 notions": `count` and the noun under `key + "One"` or `key + "Other"`,
    /// with the plural where the language wants one (French: singular for 0 and 1; English:
    /// singular for 1 only). The search script applies the same rule to `searchCount`.
    static func counted(_ count: Int, _ key: String, _ language: Language) -> String {
        let plural = language == .fr ? count > 1 : count != 1
        return "\(count)\u{00A0}" + table(language)[key + (plural ? "Other" : "One")]!
    }

    /// Where a term is used, from its `geo` tag (`fr-CA` → "Québec"); an unknown region
    /// shows as its tag.
    static func region(_ tag: String, _ language: Language) -> String {
        let names: [String: (fr: String, en: String)] = [
            "fr-FR": ("France", "France"), "fr-CA": ("Québec", "Quebec"), "fr-BE": ("Belgique", "Belgium"),
            "fr-CH": ("Suisse", "Switzerland"), "fr-LU": ("Luxembourg", "Luxembourg"),
            "en-CA": ("Canada", "Canada"), "en-GB": ("Royaume-Uni", "United Kingdom"), "en-US": ("États-Unis", "United States"),
            "en-AU": ("Australie", "Australia"), "en-IE": ("Irlande", "Ireland"), "en-IN": ("Inde", "India")
        ]
        guard let name = names[tag] else { return tag }
        return language == .fr ? name.fr : name.en
    }

    static func register(_ register: TermRegister, _ language: Language) -> String {
        switch (register, language) {
        case (.neutral, .fr): "registre courant"
        case (.technical, .fr): "langage technique"
        case (.inHouse, .fr): "jargon professionnel"
        case (.colloquial, .fr): "familier"
        case (.slang, .fr): "argot"
        case (.neutral, .en): "neutral register"
        case (.technical, .en): "technical"
        case (.inHouse, .en): "in-house jargon"
        case (.colloquial, .en): "colloquial"
        case (.slang, .en): "slang"
        }
    }

    static func verdict(_ verdict: AuthorityVerdict.Kind, _ language: Language) -> String {
        switch (verdict, language) {
        case (.recommended, .fr): "recommandé"
        case (.admitted, .fr): "admis"
        case (.notRecommended, .fr): "non recommandé"
        case (.deprecated, .fr): "déconseillé"
        case (.obsolete, .fr): "vieilli"
        case (.recommended, .en): "recommended"
        case (.admitted, .en): "admitted"
        case (.notRecommended, .en): "not recommended"
        case (.deprecated, .en): "deprecated"
        case (.obsolete, .en): "obsolete"
        }
    }

    static func status(_ status: TermStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.preferred, .fr): "privilégié"
        case (.admitted, .fr): "admis"
        case (.deprecated, .fr): "déconseillé"
        case (.obsolete, .fr): "vieilli"
        case (.preferred, .en): "preferred"
        case (.admitted, .en): "admitted"
        case (.deprecated, .en): "deprecated"
        case (.obsolete, .en): "obsolete"
        }
    }

    static func type(_ type: TermType, _ language: Language) -> String {
        switch (type, language) {
        case (.fullForm, .fr): "forme complète"
        case (.acronym, .fr): "sigle"
        case (.abbreviation, .fr): "abréviation"
        case (.shortForm, .fr): "forme abrégée"
        case (.variant, .fr): "variante"
        case (.fullForm, .en): "full form"
        case (.acronym, .en): "acronym"
        case (.abbreviation, .en): "abbreviation"
        case (.shortForm, .en): "short form"
        case (.variant, .en): "variant"
        }
    }

    static func grammar(_ term: Term, _ language: Language) -> String? {
        let pos: String? =
            switch (term.pos, language) {
            case (.noun?, .fr): "n."
            case (.verb?, .fr): "v."
            case (.adjective?, .fr): "adj."
            case (.phrase?, .fr): "loc."
            case (.noun?, .en): "n."
            case (.verb?, .en): "v."
            case (.adjective?, .en): "adj."
            case (.phrase?, .en): "phr."
            case (nil, _): nil
            }
        let gender: String? =
            switch (term.gender, language) {
            case (.m?, .fr): "m."
            case (.f?, .fr): "f."
            case (.m?, .en): "masc."
            case (.f?, .en): "fem."
            case (nil, _): nil
            }
        let parts = [pos, gender].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private static let fr: [String: String] = [
        "siteName": "Glossaire de l’infogérance",
        "tagline": "Le vocabulaire français et anglais de l’externalisation informatique",
        "intro":
            "Ce glossaire bilingue réunit les termes de l’infogérance et de l’externalisation des services informatiques : pour chaque notion, les termes français et anglais avec leur statut (privilégié, admis, déconseillé), une définition, des notes, des exemples et les sources sur lesquelles elle repose.",
        "home": "Accueil",
        "az": "Index A–Z",
        "azIntro": "Tous les termes français, y compris les termes déconseillés ou vieillis, qui renvoient au terme privilégié.",
        "domains": "Domaines",
        "conceptsOne": "notion",
        "conceptsOther": "notions",
        "startHere": "Pour commencer",
        "searchLabel": "Rechercher un terme",
        "searchPlaceholder": "infogérance, SLA, offshore…",
        "searchNoScript": "Sans JavaScript, parcourez l’index A–Z.",
        "searchNone": "Aucun terme ne correspond.",
        "searchApproximate": "Résultats approchés pour « {q} » :",
        "searchMore": "Tapez au moins deux lettres.",
        "searchUnnamed": "Aucune notion ne s’appelle « {q} ».",
        "searchSeeAlso": "Voir aussi",
        "searchCountOne": "résultat",
        "searchCountOther": "résultats",
        "skip": "Aller au contenu",
        "switchTo": "English",
        "terms": "Termes",
        "definition": "Définition",
        "notes": "Notes",
        "examples": "Exemples",
        "noTerms": "Aucun terme dans cette langue : la fiche vient d'une source qui n'en donne pas.",
        "noDefinition": "Pas de définition dans cette langue.",
        "sources": "Sources",
        "relations": "Notions liées",
        "broader": "Notion générique",
        "narrower": "Notions spécifiques",
        "related": "Voir aussi",
        "contrasts": "À ne pas confondre avec",
        "map": "Carte de la notion",
        "mapLegend": "En haut : notions génériques ; en bas : spécifiques ; à gauche : voir aussi ; à droite : à ne pas confondre.",
        "see": "voir",
        "domain": "Domaine",
        "letters": "Lettres",
        "notFoundTitle": "Page introuvable",
        "notFoundText": "Cette page n’existe pas ou a été déplacée.",
        "chooseLanguage": "Choisissez votre langue",
        "languageName": "Français",
        "otherLanguageName": "English",
        "footer": "Glossaire bilingue de l’externalisation informatique. Fonctionne hors ligne.",
        "sourceSeed": "document source",
        "languageNav": "Aller à la langue",
        "usedIn": "usage",
        "record": "fiche"
    ]

    private static let en: [String: String] = [
        "siteName": "IT Outsourcing Glossary",
        "tagline": "The French and English vocabulary of IT outsourcing",
        "intro":
            "This bilingual glossary gathers the terms of IT outsourcing and managed services: for each concept, its French and English terms with their status (preferred, admitted, deprecated), a definition, notes, examples and the sources it rests on.",
        "home": "Home",
        "az": "A–Z index",
        "azIntro": "Every English term, deprecated and obsolete ones included, each pointing to the preferred term.",
        "domains": "Domains",
        "conceptsOne": "concept",
        "conceptsOther": "concepts",
        "startHere": "Start here",
        "searchLabel": "Search for a term",
        "searchPlaceholder": "IT outsourcing, SLA, infogérance…",
        "searchNoScript": "Without JavaScript, browse the A–Z index.",
        "searchNone": "No term matches.",
        "searchApproximate": "Approximate results for “{q}”:",
        "searchMore": "Type at least two letters.",
        "searchUnnamed": "No concept is called “{q}”.",
        "searchSeeAlso": "See also",
        "searchCountOne": "result",
        "searchCountOther": "results",
        "skip": "Skip to content",
        "switchTo": "Français",
        "terms": "Terms",
        "definition": "Definition",
        "notes": "Notes",
        "examples": "Examples",
        "noTerms": "No term in this language: the entry comes from a source that gives none.",
        "noDefinition": "No definition in this language.",
        "sources": "Sources",
        "relations": "Related concepts",
        "broader": "Broader concepts",
        "narrower": "Narrower concepts",
        "related": "See also",
        "contrasts": "Not to be confused with",
        "map": "Concept map",
        "mapLegend": "Above: broader concepts; below: narrower; left: see also; right: not to be confused with.",
        "see": "see",
        "domain": "Domain",
        "letters": "Letters",
        "notFoundTitle": "Page not found",
        "notFoundText": "This page does not exist or has moved.",
        "chooseLanguage": "Choose your language",
        "languageName": "English",
        "otherLanguageName": "Français",
        "footer": "Bilingual glossary of IT outsourcing. Works offline.",
        "sourceSeed": "source document",
        "languageNav": "Jump to language",
        "usedIn": "used in",
        "record": "record"
    ]
}
