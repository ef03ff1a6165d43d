import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct AuditCommandTests {
    /// The FAO and admin at 09:00 UTC, a unit the next day, alice the day after.
    func history(_ commands: AccountCommands, _ clock: TestClock) async throws {
        _ = try await commands.createUser(username: "admin", password: "correct-horse-1", role: "admin", unit: nil)
        clock.advance(86_400)
        _ = try await commands.createUnit(nameZh: "商务局", nameEn: nil, kind: "bureau", home: nil, contact: "王")
        clock.advance(86_400)
        _ = try await commands.createUser(username: "alice", password: "correct-horse-1", role: "viewer", unit: "商务局")
    }

    @Test func theLogPrintsNewestFirstWithEachChange() async throws {
        try await withCommands { commands, clock in
            try await history(commands, clock)

            let text = try await commands.audit()

            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.first == "共 4 条，第 1 页 / 4 entries, page 1 of 1")
            #expect(
                lines[2]
                    == "2026-11-24 17:00:00  system  create  unit:2  nameZh: — → 商务局; kind: — → bureau; contactPerson: — → 王; active: — → true"
            )
            #expect(lines[1].hasPrefix("2026-11-25 17:00:00  system  userCreated  user:2  username: — → alice;"))
            #expect(lines[1].hasSuffix("password: [hidden] → [hidden]"))
        }
    }

    @Test func filtersNameUsersAndUnitsByNameAndDatesInLocalTime() async throws {
        try await withCommands { commands, clock in
            try await history(commands, clock)

            let alice = try await commands.audit(entity: "user:alice")
            let unit = try await commands.audit(entity: "unit:商务局", json: true)
            let since = try await commands.audit(since: "2026-11-25")
            let until = try await commands.audit(action: "create", until: "2026-11-24")

            #expect(alice.split(separator: "\n").count == 2)
            #expect(
                unit.contains("\"type\": \"unit\"") && unit.contains("\"id\": \"2\"") && unit.contains("\"total\": 1"))
            #expect(since.hasPrefix("共 1 条"))
            #expect(until.hasPrefix("共 1 条") && until.contains("unit:1"))
            await #expect(throws: CommandFailure.self) { try await commands.audit(action: "launch") }
            await #expect(throws: CommandFailure.self) { try await commands.audit(since: "yesterday") }
        }
    }

    @Test func theJSONFormHasItsDocumentedShape() async throws {
        try await withCommands { commands, clock in
            _ = try await commands.createUnit(nameZh: "商务局", nameEn: nil, kind: nil, home: nil, contact: nil)

            let json = try await commands.audit(json: true)

            #expect(
                json == """
                    {
                      "items": [
                        {
                          "id": 1,
                          "time": "2026-11-23T09:00:00Z",
                          "actor": "system",
                          "unitId": null,
                          "action": "create",
                          "entity": {
                            "type": "unit",
                            "id": "1"
                          },
                          "changes": [
                            {
                              "field": "nameZh",
                              "before": null,
                              "after": "商务局"
                            },
                            {
                              "field": "kind",
                              "before": null,
                              "after": "other"
                            },
                            {
                              "field": "active",
                              "before": null,
                              "after": "true"
                            }
                          ]
                        }
                      ],
                      "page": 1,
                      "per": 50,
                      "total": 1
                    }
                    """)
        }
    }
}
