import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// The audit log page: newest first, times in the configured time zone, filters that combine, bad values refused
/// naming the parameter, 50 entries a page.
@Suite struct AuditLogPageTests {
    /// China time (the test site's zone) as a date.
    static func china(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.date(from: text)!
    }

    /// Without registry rows, the log starts with three entries at 2026-11-23 12:00: `system` creates the admin's
    /// unit (unit:1) and the admin (user:1), and `admin` signs in. The admin then, clock set by hand:
    /// 11-20 10:00 creates unit:2 · 11-21 23:59:59 updates it · 11-22 00:00:00 deactivates it ·
    /// 11-22 09:00 creates user `bob` (user:2). Written through the stores as the admin: going through the pages
    /// would need the session to survive days between requests.
    static func history(_ site: WebTestSite) async throws -> (unit: Int64, bob: Int64) {
        let admin = try #require(try await site.accounts.users.user(username: WebTestSite.adminName))
        let actor = AuditActor(username: admin.username, unitId: admin.unitId)
        let units = site.accounts.units
        site.clock.set(china("2026-11-20 10:00:00"))
        let unit = try await units.create(
            UnitDraft(nameZh: "商务局", nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""), by: actor)
        site.clock.set(china("2026-11-21 23:59:59"))
        _ = try await units.update(
            id: unit.id, UnitDraft(nameZh: "商务局", nameEn: "", kind: .bureau, homeCode: nil, contactPerson: "王明"),
            expectedVersion: unit.version, by: actor)
        site.clock.set(china("2026-11-22 00:00:00"))
        _ = try await units.deactivate(id: unit.id, expectedVersion: nil, by: actor)
        site.clock.set(china("2026-11-22 09:00:00"))
        let bob = try await site.accounts.users.create(
            username: "bob", password: WebTestSite.password, unitId: admin.unitId, role: .viewer, by: actor)
        return (unit.id, bob.id)
    }

    /// The number the page says it found, and the ids of its rows in order.
    static func found(_ site: WebTestSite, _ query: String) async throws -> (Int, [Int64]) {
        let response = try await site.get("/audit?" + query)
        #expect(response.status == .ok, "\(query)")
        let text = response.text
        let ids = text.components(separatedBy: "data-audit-id=\"").dropFirst().compactMap {
            Int64($0.prefix { $0.isNumber })
        }
        let count = text.components(separatedBy: "共 ").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
        return (count ?? -1, ids)
    }

    @Test func filtersCombine() async throws {
        try await WebTestSite.run(rows: []) { site in
            let ids = try await Self.history(site)

            #expect(try await Self.found(site, "").0 == 7)
            #expect(try await Self.found(site, "actor=admin").0 == 5)
            #expect(try await Self.found(site, "actor=system").0 == 2)
            #expect(try await Self.found(site, "actor=admin&action=create").0 == 1)
            #expect(try await Self.found(site, "actor=system&action=create").0 == 1)
            #expect(try await Self.found(site, "entity=unit").0 == 4)
            #expect(try await Self.found(site, "entity=unit:\(ids.unit)").0 == 3)
            #expect(try await Self.found(site, "entity=unit&entity_id=\(ids.unit)&action=update").0 == 1)
            #expect(try await Self.found(site, "entity=user&entity_id=\(ids.bob)").0 == 1)
            // The end day is included: 11-21 23:59:59 counts for to=2026-11-21; 11-22 00:00:00 does not.
            #expect(try await Self.found(site, "to=2026-11-21").0 == 2)
            #expect(try await Self.found(site, "from=2026-11-21&to=2026-11-22").0 == 3)
            #expect(try await Self.found(site, "from=2026-11-22&actor=admin").0 == 3)
            #expect(try await Self.found(site, "from=2026-11-21&actor=admin&entity=unit").0 == 2)
            #expect(try await Self.found(site, "from=2026-11-24").0 == 0)
        }
    }

    @Test func entriesComeNewestFirstInTheConfiguredTimeZoneWithLinksAndChanges() async throws {
        try await WebTestSite.run(rows: []) { site in
            let ids = try await Self.history(site)

            let page = try await site.get("/audit?entity=unit")
            let rows = try await Self.found(site, "entity=unit").1

            // By time, not by id: unit:1 was created first (id 1) but at the latest time.
            #expect(rows.count == 4 && rows.first == rows.min())
            #expect(Array(rows.dropFirst()) == rows.dropFirst().sorted(by: >))
            let text = page.text
            let newest = try #require(text.range(of: "2026-11-23 12:00:00"))
            let update = try #require(text.range(of: "2026-11-21 23:59:59"))
            let created = try #require(text.range(of: "2026-11-20 10:00:00"))
            #expect(newest.lowerBound < update.lowerBound && update.lowerBound < created.lowerBound)
            #expect(text.contains("<a href=\"/units/\(ids.unit)/edit\">\(ids.unit)</a>"))
            #expect(
                text.contains(
                    "<li data-field=\"contactPerson\"><span class=\"change-field\">联系人</span>: <span class=\"change-before\">—</span> → <span class=\"change-after\">王明</span>"
                ))
            #expect(text.contains("data-action=\"deactivate\">停用"))
            let english = try await site.get("/audit?entity=unit&lang=en")
            #expect(english.text.contains("data-action=\"deactivate\">Deactivated"))
        }
    }

    @Test(arguments: [
        ("from=2026-13-01", "from"), ("to=yesterday", "to"), ("from=2026-02-30", "from"), ("action=explode", "action"),
        ("entity=planet", "entity"), ("page=0", "page"), ("entity_id=3", "entity_id"),
        ("from=2026-11-22&to=2026-11-21", "to"),
    ])
    func aBadFilterIsA400NamingTheParameter(query: String, parameter: String) async throws {
        try await WebTestSite.run(rows: []) { site in
            let response = try await site.get("/audit?" + query)
            let english = try await site.get("/audit?lang=en&" + query)

            #expect(response.status == .badRequest)
            #expect(response.text.contains("参数 \(parameter)"))
            #expect(english.text.contains("parameter \(parameter)"))
        }
    }

    @Test func fiftyEntriesAPage() async throws {
        try await WebTestSite.run(rows: []) { site in
            for number in 0..<60 {
                _ = try await site.accounts.audit.append(
                    AuditEvent(
                        actor: .system, action: .exported, entityType: .registry, entityId: nil,
                        changes: [FieldChange(field: "n", before: nil, after: String(number))]))
            }

            let first = try await Self.found(site, "action=export")
            let second = try await Self.found(site, "action=export&page=2")
            let page = try await site.get("/audit?action=export")

            #expect(first.0 == 60 && first.1.count == 50)
            #expect(second.1.count == 10)
            #expect(Set(first.1).isDisjoint(with: second.1))
            #expect(page.text.contains("href=\"/audit?action=export&amp;page=2\""))
        }
    }
}
