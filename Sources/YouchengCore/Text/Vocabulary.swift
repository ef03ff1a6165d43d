/// A closed list of values stored by their codes (an enum), whose names in both languages are data: one row a value
/// in `Resources/vocabulary.csv` (`vocabulary,code,zh,en,aliases`), so a translator edits one file and the code keeps
/// typed enums. Every type is listed in `Vocabularies.all`, and a test checks that the file names each case of each
/// of them exactly once, in both languages, and nothing else.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable {}

extension Vocabulary {
    /// The name its rows carry in the file's `vocabulary` column: the type's own (`ExchangeKind`). Looked up rather
    /// than asked of the runtime each time: a list page reads a few hundred labels, and spelling out a type's name
    /// took longer than finding the label.
    public static var vocabularyName: String {
        Vocabularies.names[ObjectIdentifier(Self.self)] ?? String(describing: Self.self)
    }

    /// The codes of its cases, in the order they are declared.
    public static var codes: [String] { allCases.map(\.rawValue) }

    /// The name in both languages.
    public var label: Bilingual { entry.label }

    /// The other names it is read by (the file's `aliases` column): header names of a column, spellings of a kind.
    public var aliases: [String] { entry.aliases }

    /// Reads the code, either label or an alias (`来访团组`, `visit`), whatever the case, accents, width, spaces and
    /// punctuation (`VocabularyTable.nameKey`).
    public init?(parsing text: String) {
        guard let value = VocabularyTable.bundled.code(Self.vocabularyName, named: text).flatMap(Self.init(rawValue:))
        else { return nil }
        self = value
    }

    /// Its row in the bundled file; the code in both languages in the one case the test rules out, a missing row.
    private var entry: VocabularyTable.Row {
        VocabularyTable.bundled.row(Self.vocabularyName, rawValue)
            ?? VocabularyTable.Row(
                vocabulary: Self.vocabularyName, code: rawValue, label: Bilingual(zh: rawValue, en: rawValue),
                aliases: [], line: 0)
    }
}

/// The types whose labels `vocabulary.csv` holds.
public enum Vocabularies {
    /// Every one of them; a new vocabulary is added here and in the file.
    public static let all: [any Vocabulary.Type] = [
        AuditAction.self, AuditEntityType.self, Role.self, UnitKind.self, LocalityLevel.self, Continent.self,
        PartnershipKind.self, PartnershipStatus.self, ExchangeKind.self, LeaderRank.self, CoordinateSource.self,
        Setting.self, RegistryColumn.self, ExchangeColumn.self,
        NoticeKind.self,
        NoticeAnswer.self,
        PlanKind.self, PlanStatus.self, PlanTaskStatus.self, PlanColumn.self,
        MeetingKind.self, MeetingAttendanceStatus.self, AgendaLinkKind.self,
        ProjectStage.self, ProjectKind.self, ProjectSourceKind.self, ProjectColumn.self,
        ProspectStage.self, PipelineBatch.self,
        OrganizationKind.self, PersonRole.self, LegalBasis.self, GreetingOccasion.self, ContactColumn.self,
    ]

    /// The name of each of them, by type.
    static let names: [ObjectIdentifier: String] = Dictionary(
        uniqueKeysWithValues: all.map { (ObjectIdentifier($0), String(describing: $0)) })
}
