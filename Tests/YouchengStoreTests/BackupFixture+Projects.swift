import SQLKit

extension BackupFixture {
    /// Two projects: one from a notice answer with amounts in two currencies and two partners, one from a meeting
    /// decision with no amounts; their stage changes (one with a reason) and a note with a newline.
    static func fillProjects(_ sql: any SQLDatabase) async throws {
        try await insert(
            sql, "projects",
            [
                "id", "title", "unit_id", "kind", "stage", "stage_since", "started_on", "last_update", "agreed_cents",
                "realised_cents", "currency", "budget_cents", "actual_cost_cents", "source_exchange_id",
                "source_notice_id", "source_notice_unit_id", "source_decision_id", "version", "created_by",
                "created_at", "updated_at",
            ],
            [
                [
                    21, "皮革产业园 \"甲\"", 7, "investment", "signed", "2026-04-10", "2026-03-05", "2026-04-12",
                    9_000_000_000_001, 0, "EUR", 8_000_000, Int64?.none, 8_000_000_001, 4, 7, Int64?.none, 3, "alice",
                    at, at,
                ],
                [
                    22, "友城\n学校", 1, "education", "lead", "2026-01-01", "2026-01-01", "2026-01-01", Int64?.none,
                    Int64?.none, "CNY", Int64?.none, 0, Int64?.none, Int64?.none, Int64?.none, 3, 1, "bob", at, at,
                ],
            ])
        try await insert(
            sql, "project_partners", ["project_id", "partner_id", "position"], [[21, 12, 2], [22, 12, 1]])
        try await insert(
            sql, "project_stage_changes", ["id", "project_id", "stage", "date", "reason", "created_by", "created_at"],
            [
                [31, 21, "intent", "2026-03-05", "", "alice", at],
                [32, 21, "signed", "2026-04-10", "签约 \\ 第二轮", "alice", at],
                [33, 22, "lead", "2026-01-01", "", "bob", at],
            ])
        try await insert(
            sql, "project_notes", ["id", "project_id", "date", "text", "created_by", "created_at"],
            [[41, 21, "2026-04-12", "电话跟进\r\n下周回访", "alice", at]])
    }
}
