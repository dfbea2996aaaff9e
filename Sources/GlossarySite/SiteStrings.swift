import GlossaryModel

/// The words of the site's interface in each language, given to every template as `t`.
enum SiteStrings {
    static func table(_ language: Language) -> [String: String] {
        language == .fr ? fr : en
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
        let pos: String? = switch (term.pos, language) {
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
        let gender: String? = switch (term.gender, language) {
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
        "intro": "Ce glossaire bilingue réunit les termes de l’infogérance et de l’externalisation des services informatiques : pour chaque notion, les termes français et anglais avec leur statut (privilégié, admis, déconseillé), une définition, des notes, des exemples et les sources sur lesquelles elle repose.",
        "home": "Accueil",
        "az": "Index A–Z",
        "azIntro": "Tous les termes français, y compris les termes déconseillés ou vieillis, qui renvoient au terme privilégié.",
        "domains": "Domaines",
        "concepts": "notions",
        "startHere": "Pour commencer",
        "searchLabel": "Rechercher un terme",
        "searchPlaceholder": "infogérance, SLA, offshore…",
        "searchNoScript": "Sans JavaScript, parcourez l’index A–Z.",
        "searchNone": "Aucun terme ne correspond.",
        "searchApproximate": "Résultats approchés pour",
        "searchMore": "Tapez au moins deux lettres.",
        "searchCount": "résultat(s)",
        "skip": "Aller au contenu",
        "switchTo": "English",
        "terms": "Termes",
        "definition": "Définition",
        "notes": "Notes",
        "examples": "Exemples",
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
    ]

    private static let en: [String: String] = [
        "siteName": "IT Outsourcing Glossary",
        "tagline": "The French and English vocabulary of IT outsourcing",
        "intro": "This bilingual glossary gathers the terms of IT outsourcing and managed services: for each concept, its French and English terms with their status (preferred, admitted, deprecated), a definition, notes, examples and the sources it rests on.",
        "home": "Home",
        "az": "A–Z index",
        "azIntro": "Every English term, deprecated and obsolete ones included, each pointing to the preferred term.",
        "domains": "Domains",
        "concepts": "concepts",
        "startHere": "Start here",
        "searchLabel": "Search for a term",
        "searchPlaceholder": "IT outsourcing, SLA, infogérance…",
        "searchNoScript": "Without JavaScript, browse the A–Z index.",
        "searchNone": "No term matches.",
        "searchApproximate": "Approximate results for",
        "searchMore": "Type at least two letters.",
        "searchCount": "result(s)",
        "skip": "Skip to content",
        "switchTo": "Français",
        "terms": "Terms",
        "definition": "Definition",
        "notes": "Notes",
        "examples": "Examples",
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
    ]
}
