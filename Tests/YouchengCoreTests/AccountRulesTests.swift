import Testing
import YouchengCore

@Suite struct AccountRulesTests {
    @Test func aPasswordNeedsTenCharacters() throws {
        let error = #expect(throws: FieldError.self) { try PasswordRules.check("123456789") }

        #expect(error?.field == "password")
        #expect(error?.message.both == "密码至少需要 10 个字符 / the password must have at least 10 characters")
        try PasswordRules.check("1234567890")
        try PasswordRules.check("友城平台管理员的密码啊")  // ten Chinese characters, 30 bytes
    }

    @Test func aPasswordBcryptWouldCutIsRefused() throws {
        try PasswordRules.check(String(repeating: "a", count: 72))
        #expect(throws: FieldError.self) { try PasswordRules.check(String(repeating: "a", count: 73)) }
        #expect(throws: FieldError.self) { try PasswordRules.check(String(repeating: "密", count: 25)) }
    }

    @Test func usernamesAreComparedInLowerCase() throws {
        #expect(try Username.validated("  Alice.Wang ") == "alice.wang")
        #expect(try Username.validated("abc") == "abc")
        #expect(try Username.validated(String(repeating: "a", count: 32)).count == 32)
    }

    @Test(arguments: ["ab", "alice wang", "-alice", "张三", String(repeating: "a", count: 33), ""])
    func badUsernamesAreRefusedBilingually(name: String) {
        let error = #expect(throws: FieldError.self) { try Username.validated(name) }
        #expect(error?.code == "invalid_username")
        #expect(error?.message.zh.isEmpty == false && error?.message.en.isEmpty == false)
    }

    @Test func systemIsReservedForTheProgram() {
        let error = #expect(throws: FieldError.self) { try Username.validated("System") }
        #expect(error?.code == "reserved_username")
    }

    @Test func rolesAndUnitKindsReadTheirCodesAndLabels() {
        #expect(Role(parsing: "管理员") == .admin)
        #expect(Role(parsing: "EDITOR") == .editor)
        #expect(Role(parsing: "viewer") == .viewer)
        #expect(Role(parsing: "root") == nil)
        #expect(UnitKind(parsing: "外办") == .fao)
        #expect(UnitKind(parsing: "development zone") == .developmentZone)
        #expect(UnitKind(parsing: "开发区") == .developmentZone)
        #expect(UnitKind(parsing: "高校") == .university)
        #expect(UnitKind(parsing: "ministry") == nil)
    }

    @Test func aUnitNeedsAChineseNameAndEveryBrokenRuleIsReported() {
        let draft = UnitDraft(
            nameZh: "  ", nameEn: String(repeating: "x", count: 201), kind: .bureau, homeCode: "", contactPerson: "")

        let errors = #expect(throws: FieldErrors.self) { try draft.validated() }

        #expect(errors?.errors.map(\.field) == ["name_zh", "name_en"])
        #expect(errors?.message(for: "name_zh")?.en == "the unit's Chinese name is required")
    }

    @Test func aUnitDraftIsTrimmedAndAnEmptyHomeIsNone() throws {
        let draft = UnitDraft(nameZh: " 商务局 ", nameEn: " Commerce ", kind: .bureau, homeCode: " ", contactPerson: " 李 ")

        let valid = try draft.validated()

        #expect(valid == UnitDraft(nameZh: "商务局", nameEn: "Commerce", kind: .bureau, homeCode: nil, contactPerson: "李"))
    }
}

@Suite struct AuditValueTests {
    let unit = MemberUnit(
        id: 3, nameZh: "商务局", nameEn: "", kind: .bureau, homeCode: nil, contactPerson: "王", active: true)

    @Test func aNewRecordListsTheFieldsItHasWithNothingBefore() {
        let changes = FieldChange.changes(from: nil, to: unit.auditValues)

        #expect(
            changes == [
                FieldChange(field: "nameZh", before: nil, after: "商务局"),
                FieldChange(field: "kind", before: nil, after: "bureau"),
                FieldChange(field: "contactPerson", before: nil, after: "王"),
                FieldChange(field: "active", before: nil, after: "true"),
            ])
    }

    @Test func anUpdateListsOnlyTheFieldsThatChanged() {
        var after = unit
        after.nameEn = "Bureau of Commerce"
        after.contactPerson = ""
        after.version = 2

        let changes = FieldChange.changes(from: unit.auditValues, to: after.auditValues)

        #expect(
            changes == [
                FieldChange(field: "nameEn", before: nil, after: "Bureau of Commerce"),
                FieldChange(field: "contactPerson", before: "王", after: nil),
            ])
    }

    @Test func aUserNeverListsAPasswordAndSecretsAreHidden() {
        let user = User(id: 1, username: "alice", unitId: 3, role: .editor)

        #expect(user.auditValues.map(\.0) == ["username", "unitId", "role", "active"])
        #expect(FieldChange.secret("password") == FieldChange(field: "password", before: "[hidden]", after: "[hidden]"))
    }

    @Test func auditFiltersNameAnEntityAsTypeAndId() throws {
        #expect(try AuditQuery.parseEntity("unit:3") == (.unit, "3"))
        #expect(try AuditQuery.parseEntity("partnership") == (.partnership, nil))
        #expect(try AuditQuery.parseEntity("noticeResponse:4/7") == (.noticeResponse, "4/7"))
        #expect(try AuditQuery.parseEntity("NOTICERESPONSE") == (.noticeResponse, nil))
        #expect(throws: FieldError.self) { try AuditQuery.parseEntity("contact:1") }
        #expect(AuditQuery(page: 0, per: 10_000).page == 1)
        #expect(AuditQuery(page: 0, per: 10_000).per == AuditQuery.maxPer)
    }
}

@Suite struct APITokenFormatTests {
    @Test func aTokenSplitsIntoItsIdAndSecret() throws {
        let text = APIToken.plaintext(id: "0123456789abcdef", secret: "ff00")

        let parts = try #require(APIToken.parse(text))

        #expect(text == "ycp_0123456789abcdef_ff00")
        #expect(parts.id == "0123456789abcdef" && parts.secret == "ff00")
    }

    @Test(arguments: ["", "ycp_", "ycp_abc", "ycp__abc", "ycp_abc_", "xyz_abc_def", "ycp_ABC_def", "ycp_abc_de_f"])
    func anythingElseIsNotAToken(text: String) {
        #expect(APIToken.parse(text) == nil)
    }

    @Test func randomTokensAreHexOfTheLengthAskedAndDiffer() {
        let a = RandomToken.hex(bytes: 32)
        let b = RandomToken.hex(bytes: 32)

        #expect(a.count == 64 && RandomToken.isHex(a))
        #expect(a != b)
    }
}
