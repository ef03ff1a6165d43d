import Foundation
import Testing
import YouchengCore

/// The rules behind the admin pages: audit log parameters, the unit form, and what no one may do to their own
/// account.
@Suite struct AdminRulesTests {
    let china = TimeZone(identifier: "Asia/Shanghai")!

    @Test func theEndDayIsIncludedAndDaysAreReadInTheTimeZone() throws {
        let query = try AuditQuery(parameters: [("from", "2026-11-21"), ("to", "2026-11-22")], timeZone: china)

        // 2026-11-21 00:00 in China is 11-20 16:00 UTC; the end is the start of 11-23 in China.
        #expect(query.since == Date(timeIntervalSince1970: 1_795_190_400))
        #expect(query.until == Date(timeIntervalSince1970: 1_795_363_200))
    }

    @Test func parametersCombineAndEmptyOnesAreIgnored() throws {
        let query = try AuditQuery(
            parameters: [("actor", "Admin"), ("entity", "unit:3"), ("action", "update"), ("from", ""), ("page", "2")],
            timeZone: china)

        #expect(query.actor == "Admin" && query.entityType == .unit && query.entityId == "3")
        #expect(query.action == .update && query.since == nil && query.page == 2 && query.per == 50)
    }

    @Test(arguments: [
        ("from", "2026-02-30"), ("to", "26-11-01"), ("action", "Created"), ("entity", "planet"), ("page", "-1"),
    ])
    func aBadValueNamesItsParameter(name: String, value: String) {
        #expect(throws: FieldError.self) { try AuditQuery(parameters: [(name, value)], timeZone: china) }
        do {
            _ = try AuditQuery(parameters: [(name, value)], timeZone: china)
        } catch {
            #expect(error.field == name)
            #expect(error.message.zh.contains(value) && error.message.en.contains(name))
        }
    }

    @Test func theUnitFormResolvesHomesAndReportsEveryBadField() {
        var form = UnitForm()
        form.nameZh = "鼓楼区政府"
        form.kind = "区县"
        form.home = "南京市鼓楼区"
        let valid = try? form.validate(reference: .bundled).get()

        var bad = UnitForm()
        bad.kind = "planet"
        bad.home = "鼓楼区"
        let errors: [String?]
        if case .failure(let failure) = bad.validate(reference: .bundled) {
            errors = failure.errors.map(\.field)
        } else {
            errors = []
        }

        #expect(valid?.homeCode == "320106" && valid?.kind == .district)
        #expect(errors == ["name_zh", "kind", "home"])
    }

    @Test func noOneDemotesOrDeactivatesThemselvesButMayChangeOthers() {
        let admin = User(id: 1, username: "admin", unitId: 1, role: .admin)
        let me = AuditActor(username: "ADMIN", unitId: 1)
        let other = AuditActor(username: "root", unitId: 1)

        #expect(throws: AccountError.ownAdminRole) {
            try OwnAccountRule.check(admin, role: .editor, active: true, by: me)
        }
        #expect(throws: AccountError.ownDeactivation) {
            try OwnAccountRule.check(admin, role: .admin, active: false, by: me)
        }
        #expect(throws: Never.self) { try OwnAccountRule.check(admin, role: .admin, active: true, by: me) }
        #expect(throws: Never.self) { try OwnAccountRule.check(admin, role: .viewer, active: false, by: other) }
    }
}
