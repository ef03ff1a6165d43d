import Foundation
import Testing
import YouchengCore

@testable import YouchengCommands

/// The import limits of `serve`, `import` and `peers import`: option, then `YOUCHENG_IMPORT_*`, then 200,000 rows
/// and 256 columns; bad values named.
@Suite struct ImportLimitOptionsTests {
    @Test func withNothingGivenTheLimitsAreTwoHundredThousandRowsAndTwoHundredFiftySixColumns() throws {
        let limits = try ImportLimitOptions.parse([]).resolved(environment: [:])

        #expect(limits.rows == 200_000)
        #expect(limits.columns == 256)
        #expect(limits.cells == TableLimits.standard.cells)
    }

    @Test func anOptionWinsOverItsVariableWhichWinsOverTheDefault() throws {
        let options = try ImportLimitOptions.parse(["--import-max-rows", "1000"])
        let environment = ["YOUCHENG_IMPORT_MAX_ROWS": "5000", "YOUCHENG_IMPORT_MAX_COLUMNS": "40"]

        let limits = try options.resolved(environment: environment)

        #expect(limits.rows == 1000)  // option
        #expect(limits.columns == 40)  // variable
    }

    @Test func aBadVariableOrOptionIsRefusedByNameInBothLanguages() throws {
        #expect {
            try ImportLimitOptions.parse([]).resolved(environment: ["YOUCHENG_IMPORT_MAX_COLUMNS": "wide"])
        } throws: { error in
            let message = (error as? CommandFailure)?.message
            return message?.zh.contains("YOUCHENG_IMPORT_MAX_COLUMNS「wide」无效") == true
                && message?.en.contains("YOUCHENG_IMPORT_MAX_COLUMNS \"wide\" is not valid") == true
        }
        #expect {
            try ImportLimitOptions.parse(["--import-max-rows", "0"]).resolved(environment: [:])
        } throws: { error in
            "\(error)".contains("--import-max-rows")
        }
    }
}
