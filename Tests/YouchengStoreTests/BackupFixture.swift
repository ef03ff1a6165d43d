import Foundation
import SQLKit
import YouchengStore

/// A row in every table, with the values a move between databases could spoil: Chinese, quotes, backslashes and
/// newlines in text, the empty string beside NULL, reals that are not exact in binary, large and negative integers,
/// text keys that sort differently by bytes than by a language's collation.
enum BackupFixture {
    /// The tables `fill` writes to; a test checks it is every table the database has, so a table a new migration
    /// adds fails it until a row is added here.
    static let tables: Set<String> = [
        "units", "users", "sign_in_failures", "sessions", "api_tokens", "audit_log", "partners", "partnerships",
        "exchange_domains", "exchanges", "exchange_partners", "exchange_countries", "exchange_domain_links",
        "delegation_members", "settings", "calendar_feeds", "peer_cities", "pending_imports",
        "partner_last_exchanges", "partner_exchange_days",
        "notices", "notice_units", "notice_responses",
        "plans", "plan_tasks", "plan_task_units", "progress_reports",
        "meetings", "meeting_agenda_items", "meeting_attendance", "meeting_decisions",
        "projects", "project_partners", "project_stage_changes", "project_notes",
        "prospects", "prospect_stage_changes", "pipeline_targets",
        "indicator_categories", "indicators", "indicator_years",
        "home_match_settings", "home_target_shares", "city_themes",
    ]

    static let at = "2026-11-23T09:00:00Z"

    /// Writes the rows.
    static func fill(_ database: Database) async throws {
        try await database.withConnection { sql in
            try await insert(
                sql, "units",
                ["id", "name_zh", "name_en", "kind", "home_code", "contact_person", "created_at", "updated_at"],
                [
                    [1, "友城协会", "Twin Towns Association", "government", "320500", "", at, at],
                    [7, "教育局 \"甲\"", "", "bureau", String?.none, "王 \\ 李", at, at],
                ])
            try await insert(
                sql, "users",
                [
                    "id", "username", "password_hash", "unit_id", "role", "active", "password_changed_at", "created_at",
                    "updated_at",
                ],
                [
                    [3, "alice", "$2b$12$abc", 1, "admin", 1, at, at, at],
                    [9, "bob", "$2b$12$def", 7, "viewer", 0, at, at, at],
                ])
            try await insert(sql, "sign_in_failures", ["id", "username", "failed_at"], [[5, "mallory", at]])
            try await insert(
                sql, "sessions", ["id", "user_id", "created_at", "last_seen_at", "csrf_token"],
                [["Zeta", 3, at, at, "c1"], ["alpha", 9, at, at, "c2"], ["_mid", 3, at, at, "c3"]])
            try await insert(
                sql, "api_tokens",
                ["id", "user_id", "name", "secret_hash", "created_at", "revoked_at", "last_used_at"],
                [["tok1", 3, "报表\n脚本", "h", at, String?.none, at]])
            try await insert(
                sql, "audit_log", ["id", "at", "actor", "unit_id", "action", "entity_type", "entity_id", "changes"],
                [
                    [1, at, "alice", 1, "create", "partnership", "12", #"[{"after":"金泽","field":"partner_zh"}]"#],
                    [2, at, "system", Int?.none, "import", "registry", String?.none, "[]"],
                ])
            try await insert(
                sql, "partners",
                [
                    "id", "identity_key", "name", "name_zh", "name_key", "country", "created_at", "updated_at", "lat",
                    "lon",
                    "coordinate_source",
                ],
                [
                    [12, "jp#kanazawa", "Kanazawa", "金泽", "kanazawa", "JP", at, at, 36.56, 136.65, "geonames"],
                    [40, "fr#sainte-adresse", "Sainte-Adresse", "", "sainteadresse", "FR", at, at, 0.1, -1e-7, "form"],
                    [
                        41, "au#sydney", "Sydney", "悉尼", "sydney", "AU", at, at, Double?.none, Double?.none,
                        String?.none,
                    ],
                ])
            try await insert(
                sql, "partnerships",
                [
                    "id", "home_code", "home_level", "partner_id", "kind", "established", "status", "notes", "version",
                    "created_at", "updated_at",
                ],
                [
                    [100, "320500", "prefecture", 12, "sisterCity", "1981-06-13", "active", "", 3, at, at],
                    [101, "320505", "district", 40, "friendshipCity", String?.none, "ended", "备注\r\n第二行", 1, at, at],
                ])
            try await insert(
                sql, "exchange_domains", ["code", "name_zh", "name_en", "balance", "active", "position"],
                [["ocean", "海洋", "Ocean", "neutral", 0, 11]])
            try await insert(
                sql, "exchanges",
                [
                    "id", "title", "start_day", "end_day", "kind", "unit_id", "leader_rank", "people", "outcomes",
                    "created_at", "updated_at", "budget_fen", "actual_fen",
                ],
                [
                    [
                        8_000_000_001, "金泽访问团", "2025-04-01", "2025-04-05", "incoming", 1, String?.none, 12, "签署备忘录",
                        at, at, 99_999_999_999_999, Int?.none,
                    ]
                ])
            try await insert(sql, "exchange_partners", ["exchange_id", "partner_id"], [[8_000_000_001, 12]])
            try await insert(sql, "partner_last_exchanges", ["partner_id", "last_day"], [[12, "2025-04-01"]])
            try await insert(sql, "partner_exchange_days", ["partner_id", "day"], [[12, "2025-04-01"]])
            try await insert(
                sql, "exchange_countries", ["exchange_id", "country"], [[8_000_000_001, "JP"], [8_000_000_001, "FR"]])
            try await insert(
                sql, "exchange_domain_links", ["exchange_id", "domain_code"],
                [[8_000_000_001, "culture"], [8_000_000_001, "ocean"]])
            try await insert(
                sql, "delegation_members", ["exchange_id", "position", "name", "unit", "title"],
                [[8_000_000_001, 1, "山田 太郎", "金泽市", "市长"]])
            try await insert(
                sql, "settings", ["key", "value", "updated_at"],
                [["dormant_years", "5", at], ["Compliance", #"{"max":3}"#, at]])
            try await insert(sql, "calendar_feeds", ["user_id", "secret_hash", "created_at"], [[3, "feedhash", at]])
            try await insert(
                sql, "peer_cities",
                ["id", "city", "province", "partnerships", "countries", "year", "source", "created_at"],
                [[2, "无锡市", "江苏省", -1, Int?.none, 2025, "年鉴", at]])
            try await insert(
                sql, "pending_imports",
                ["id", "user_id", "data", "size", "filename", "home", "created_at", "expires_at"],
                [["f00d", 3, Data([0x00, 0x01, 0x0A, 0xFF]), 4, String?.none, "320500", at, at]])
            try await insert(
                sql, "notices",
                ["id", "title", "body", "kind", "partner_id", "deadline", "all_units", "created_by", "created_at"],
                [
                    [4, "金泽 \"中学\" 结好", "第一行\r\n第二行 \\", "partnerRequest", 12, "2026-12-31", 0, "alice", at],
                    [5, "展会", "", "fairInvitation", Int?.none, String?.none, 1, "alice", at],
                ])
            try await insert(
                sql, "notice_units", ["notice_id", "unit_id"], [[4, 1], [4, 7], [5, 1], [5, 7]])
            try await insert(
                sql, "notice_responses",
                [
                    "notice_id", "unit_id", "answer", "comment", "contact", "exchange_id", "first_answered_at",
                    "answered_at", "answered_by",
                ],
                [
                    [4, 7, "interested", "可对接\n", "王 '老师'", 8_000_000_001, at, at, "bob"],
                    [5, 1, "needInfo", "", "", Int64?.none, at, at, "alice"],
                ])
            try await fillPlans(sql)
            try await fillMeetings(sql)
            try await fillProjects(sql)
            try await fillPipeline(sql)
            try await fillIndicators(sql)
            try await fillMatching(sql)
        }
    }

    /// A plan refining another, a task with a sub-task, a cooperating unit and a report.
    private static func fillPlans(_ sql: any SQLDatabase) async throws {
        let planColumns = [
            "id", "title", "from_day", "to_day", "kind", "status", "parent_id", "created_at", "updated_at",
        ]
        try await insert(
            sql, "plans", planColumns,
            [
                [3, "2021年度友城工作计划", "2021-01-01", "2021-12-31", "annual", "inForce", Int?.none, at, at],
                [4, "区计划 \"甲\"", "2021-01-01", "2022-12-31", "threeYear", "draft", 3, at, at],
            ])
        try await insert(
            sql, "plan_tasks",
            [
                "id", "plan_id", "number", "title", "lead_unit_id", "due_day", "domains", "parent_id", "created_at",
                "updated_at",
            ],
            [
                [10, 3, "3.2", "深化经贸合作", 1, "2021-09-30", "经贸\n投资", Int?.none, at, at],
                [11, 3, "3.2.1", "举办论坛", 7, String?.none, "", 10, at, at],
            ])
        try await insert(sql, "plan_task_units", ["task_id", "unit_id", "position"], [[10, 7, 0]])
        try await insert(
            sql, "progress_reports",
            [
                "id", "task_id", "unit_id", "day", "status", "progress", "body", "next_steps", "reported_by",
                "created_at",
            ],
            [[5, 10, 1, "2021-07-01", "inProgress", 60, "签约\r\n两个项目", "", "li", at]])
    }

    /// A meeting with an agenda item linked to a task and one to nothing, two units' attendance, and two decisions:
    /// one that created a task, one whose task was deleted.
    /// A category and a hand-entered indicator beside the seeded ones, with a year's target, value and source.
    private static func fillIndicators(_ sql: any SQLDatabase) async throws {
        try await insert(
            sql, "indicator_categories", ["code", "name_zh", "name_en", "position"], [["extra", "其他 \"甲\"", "", 9]])
        try await insert(
            sql, "indicators",
            [
                "id", "code", "category", "name_zh", "name_en", "measure", "direction", "formula", "position",
                "created_at", "updated_at",
            ],
            [[900, "Z9", "extra", "国际航线", "Air routes", "条", "higher", "manual", 1, at, at]])
        try await insert(
            sql, "indicator_years",
            ["indicator_id", "year", "target", "value", "source", "updated_by", "updated_at"],
            [[900, 2025, "20.5", String?.none, "市口岸办\n第二行", "alice", at]])
    }

    private static func fillMeetings(_ sql: any SQLDatabase) async throws {
        try await insert(
            sql, "meetings",
            [
                "id", "day", "kind", "title", "convenor", "place", "minutes", "version", "created_by", "created_at",
                "updated_at",
            ],
            [[6, "2026-04-16", "quarterly", "季度会议 \"甲\"", "市外办", "", "纪要\r\n第二行 \\", 2, "alice", at, at]])
        try await insert(
            sql, "meeting_agenda_items", ["meeting_id", "position", "text", "task_id", "partnership_id", "notice_id"],
            [[6, 1, "经贸", 10, Int?.none, Int?.none], [6, 2, "通知\n", Int?.none, Int?.none, 4]])
        try await insert(
            sql, "meeting_attendance", ["meeting_id", "unit_id", "status"], [[6, 1, "attended"], [6, 7, "deputy"]])
        try await insert(
            sql, "meeting_decisions",
            ["id", "meeting_id", "number", "text", "task_id", "created_task", "created_by", "created_at"],
            [[3, 6, 1, "举办论坛", 11, 1, "alice", at], [4, 6, 2, "已删除任务", Int?.none, 0, "alice", at]])
    }

    /// A signed prospect linked to its partnership with two stage changes (one with a reason that has a newline),
    /// and a target with a locality goal of "all" (NULL count) beside an empty total goal.
    private static func fillPipeline(_ sql: any SQLDatabase) async throws {
        try await insert(
            sql, "prospects",
            [
                "id", "name", "name_zh", "country", "geoname_id", "home_code", "unit_id", "themes", "notes", "stage",
                "stage_date", "partnership_id", "version", "created_by", "created_at", "updated_at",
            ],
            [
                [
                    8, "Toulouse", "图卢兹 \"甲\"", "FR", 2_972_315, "320500", 1, "航空航天\n航空", "", "signed",
                    "2026-03-01", 100, 3, "alice", at, at,
                ]
            ])
        try await insert(
            sql, "prospect_stage_changes", ["id", "prospect_id", "stage", "date", "reason", "by_user", "at"],
            [
                [1, 8, "identified", "2025-06-01", "", "alice", at],
                [2, 8, "signed", "2026-03-01", "签约\r\n仪式", "alice", at],
            ])
        try await insert(
            sql, "pipeline_targets",
            [
                "home_code", "year", "new_min", "new_max", "total_by_date", "total_by_count", "localities_by_date",
                "localities_by_count", "updated_by", "updated_at",
            ],
            [["320500", 2026, 3, 4, String?.none, Int?.none, "2026-12-31", Int?.none, "alice", at]])
    }

    /// A home's settings without a population and two target shares, and a city's themes over two lines.
    private static func fillMatching(_ sql: any SQLDatabase) async throws {
        try await insert(
            sql, "home_match_settings", ["home_code", "population", "version", "updated_by", "updated_at"],
            [["320100", Int?.none, 3, "alice", at], ["320500", 12_740_000, 1, "alice", at]])
        try await insert(
            sql, "home_target_shares", ["home_code", "scope", "code", "percent"],
            [["320100", "continent", "europe", 30], ["320100", "group", "BRI-MOU", 40]])
        try await insert(
            sql, "city_themes", ["geoname_id", "themes", "version", "updated_by", "updated_at"],
            [[2_972_315, "航空航天\naerospace \"甲\"", 2, "alice", at]])
    }

    static func insert(
        _ sql: any SQLDatabase, _ table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]]
    ) async throws {
        var insert = sql.insert(into: table).columns(columns)
        for row in rows { insert = insert.values(row) }
        try await insert.run()
    }
}
