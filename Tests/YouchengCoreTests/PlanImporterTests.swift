import Testing
import YouchengCore

/// Reading a plan's task table: due-date forms, units by name (new ones listed), and row-numbered errors per column.
@Suite struct PlanImporterTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    let importer = PlanImporter(units: [
        MemberUnit(id: 1, nameZh: "市商务委", nameEn: "Commerce", kind: .bureau, homeCode: nil, contactPerson: "")
    ])

    @Test(arguments: [
        ("2021-09-15", "2021-09-15"), ("2021年9月", "2021-09-30"), ("2021-02", "2021-02-28"),
        ("2021年第三季度", "2021-09-30"), ("2021Q3", "2021-09-30"), ("2021 q1", "2021-03-31"),
        ("2021年第4季度", "2021-12-31"), ("2021年二季度", "2021-06-30"), ("2021", "2021-12-31"), ("2021年", "2021-12-31"),
        ("2021年底", "2021-12-31"),
    ])
    func aDueDateMeansThePeriodsLastDay(text: String, expected: String) {
        #expect(DueDate.parse(text) == day(expected))
    }

    @Test(arguments: ["2021Q5", "2021年第五季度", "下半年", "2021-13", "Q3"])
    func aDueDateThatNamesNoPeriodIsRefused(text: String) {
        #expect(DueDate.parse(text) == nil)
    }

    @Test func rowsAreReadWithUnitsByNameAndNewUnitsListedOnce() throws {
        let plan = try importer.plan([
            ["2021年度友城工作计划"],
            ["序号", "任务", "牵头单位", "配合单位", "完成时限", "领域", "友城", "目标", "备注"],
            ["1", "深化经贸合作", "市商务委", "市外办、市贸促会;commerce", "2021Q3", "经贸,投资", "大阪", "签约3个项目", ""],
            ["1.1", "举办友城论坛", "市贸促会", "", "2021年12月", "", "", "", "线上线下结合"],
        ])
        #expect(plan.errors.isEmpty)
        #expect(plan.newUnits == ["市外办", "市贸促会"])
        #expect(plan.rows.count == 2)
        let first = plan.rows[0]
        #expect(first.row == 3)
        #expect(first.cooperating == ["市外办", "市贸促会"])
        #expect(first.due == day("2021-09-30"))
        #expect(first.domains == ["经贸", "投资"])
        #expect(plan.rows[1].notes == "线上线下结合")
    }

    @Test func errorsNameTheRowAndColumnInBothLanguages() throws {
        let plan = try importer.plan([
            ["number", "task", "lead", "due"],
            ["1", "", "市商务委", "2021Q3"],
            ["2", "任务二", "", "明年"],
            ["2", "任务三", "市商务委", ""],
        ])
        #expect(plan.rows.isEmpty)
        let messages = plan.errors.map(\.message)
        #expect(
            messages.map(\.zh) == [
                "第 2 行 缺少任务", "第 3 行 缺少牵头单位",
                "第 3 行 完成时限「明年」不是有效的完成时限（应为日期、月份、季度如 2021年第三季度 或 2021Q3、或年份）",
                "第 4 行 序号「2」与第 3 行序号重复",
            ])
        #expect(
            messages[2].en
                == "row 3, due: \"明年\" is not a due date (a date, a month, a quarter such as 2021Q3, or a year)")
        #expect(plan.errors.map(\.field) == ["task", "lead", "due", "number"])
    }

    @Test func aTableWithoutALeadColumnIsRefused() {
        #expect(throws: ImportFileError.missingColumn(PlanColumn.lead.label)) {
            try importer.plan([["序号", "任务"], ["1", "x"]])
        }
    }
}
