import Testing
import YouchengCore

/// The closed vocabularies' labels and other names (header aliases, spellings), kept in `Resources/vocabulary.csv`.
@Suite struct VocabularyTests {
    @Test func bundledFileGivesEveryCaseOfEveryVocabularyOneLabelInBothLanguages() {
        let table = VocabularyTable.bundled
        #expect(table.problems(for: Vocabularies.all).isEmpty)
        // 15 audit actions, 11 entity types, 3 roles, 6 unit kinds, 4 levels, 5 continents, 2 partnership kinds,
        // 3 statuses, 9 exchange kinds, 4 ranks, 2 coordinate sources, 4 settings, 9 + 11 columns,
        // 4 notice kinds, 3 notice answers; plans: 3 more entity types, 4 plan kinds, 3 plan statuses, 4 task
        // statuses, 9 task-table columns; meetings: 2 more entity types, 4 meeting kinds, 3 attendance statuses,
        // 3 agenda link kinds; projects: 1 more setting, 1 more entity type, 7 stages, 7 domains, 3 source kinds,
        // 14 columns; the pipeline: 2 more entity types, 9 prospect stages, 5 batches; indicators: 2 more entity
        // types, 2 more exchange columns (budget, actual); matching: 2 more entity types; people: 11 organization
        // kinds, 10 roles, 3 legal bases, 3 greeting occasions, 14 contact-file columns.
        let expected = 95 + 23 + 12 + 33 + 16 + 4 + 2 + (11 + 10 + 3 + 3 + 14)
        #expect(table.rows.count == expected)
        #expect(Vocabularies.all.map { $0.codes.count }.reduce(0, +) == expected)
    }

    @Test func problemsNameTheLineOfADuplicateAnEmptyLabelAnUnknownCodeOrVocabularyOrANameGivenTwice() throws {
        let table = try VocabularyTable(
            csv: """
                vocabulary,code,zh,en,aliases
                Role,admin,管理员,Administrator,
                Role,admin,管理员,Administrator,
                Role,editor,编辑,,
                Role,owner,所有者,Owner,
                Colour,red,红,Red,
                Role,viewer,查看者,Viewer,Admin
                """)
        #expect(
            table.problems(for: [Role.self]).map(\.en) == [
                "line 3: Role \"admin\" is listed twice",
                "line 4: Role \"editor\" has no en label",
                "line 5: Role has no code \"owner\"",
                "line 6: there is no vocabulary \"Colour\"",
                "line 7: the name \"admin\" already names \"admin\" on line 2",
            ])
        #expect(table.problems(for: [Role.self]).first?.zh == "第 3 行：Role 的「admin」重复")
    }

    @Test func aCaseWithoutARowIsAProblem() throws {
        let table = try VocabularyTable(csv: "vocabulary,code,zh,en,aliases\nRole,admin,管理员,Administrator,\n")
        #expect(
            table.problems(for: [Role.self]).map(\.en) == ["Role \"editor\" has no row", "Role \"viewer\" has no row"])
    }

    @Test func valuesAreReadByCodeLabelOrAliasWhateverTheCaseSpacesAndPunctuation() {
        #expect(ExchangeKind(parsing: "来访团组") == .incomingDelegation)
        #expect(ExchangeKind(parsing: " Event or Forum ") == .event)
        #expect(ExchangeKind(parsing: "VIDEOMEETING") == .videoMeeting)
        #expect(LeaderRank(parsing: "Vice-Mayor") == .city)
        #expect(LeaderRank(parsing: "City (mayor, vice-mayor)") == .city)
        #expect(UnitKind(parsing: "外办") == .fao)
        #expect(PartnershipKind(parsing: "Twin Town") == .sisterCity)
        #expect(PartnershipKind(parsing: "友好合作城市") == .friendshipCity)
        #expect(PartnershipStatus(parsing: "inactive") == .ended)
        #expect(Role(parsing: "查看者") == .viewer)
        #expect(Role(parsing: "owner") == nil)
        #expect(LeaderRank(parsing: "其它") == nil)
    }

    @Test func aFileWithoutALabelColumnIsRefused() {
        #expect(throws: ReferenceDataError.self) { try VocabularyTable(csv: "vocabulary,code,zh,aliases\n") }
    }

    @Test func labelsAreReadFromTheFileWithQuotedCommasKept() {
        #expect(ExchangeKind.incomingDelegation.label == Bilingual(zh: "来访", en: "Incoming delegation"))
        #expect(LeaderRank.city.label == Bilingual(zh: "市级", en: "City (mayor, vice-mayor)"))
        #expect(AuditAction.imported.label == Bilingual(zh: "导入", en: "Imported"))
        #expect(Setting.dormantYears.label.zh == "休眠友城的年限")
    }

    @Test func aDeploymentNamesFriendshipCitiesInChineseItsOwnWay() {
        #expect(PartnershipKind.friendshipCity.label == Bilingual(zh: "友好交流城市", en: "Friendship city"))
        #expect(
            PartnershipKind.friendshipCity.label(friendshipLabel: "友好合作城市")
                == Bilingual(zh: "友好合作城市", en: "Friendship city"))
        #expect(PartnershipKind.sisterCity.label(friendshipLabel: "友好合作城市") == Bilingual(zh: "友好城市", en: "Sister city"))
    }

    @Test func headersMatchTheLabelsOrAnAliasIgnoringCaseSpacesAndUnderscores() {
        #expect(RegistryColumn.matching(header: "Home Code") == .homeCode)
        #expect(RegistryColumn.matching(header: "签约日期") == .established)
        #expect(RegistryColumn.matching(header: "date") == .established)
        #expect(ExchangeColumn.matching(header: "date") == .start)
        #expect(ExchangeColumn.matching(header: "HEAD_COUNT") == .people)
        #expect(ExchangeColumn.matching(header: "备注") == nil)
        #expect(ExchangeKind.other.aliases.isEmpty)
    }
}
