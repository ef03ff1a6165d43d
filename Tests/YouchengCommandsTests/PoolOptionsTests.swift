import Foundation
import Testing
import YouchengCore

@testable import YouchengCommands

/// `serve --pool-size`: option, then `YOUCHENG_POOL_SIZE`, then 4; a bad value refused by name in both languages.
@Suite struct PoolOptionsTests {
    @Test func theOptionWinsOverTheVariableWhichWinsOverFour() throws {
        let environment = ["YOUCHENG_POOL_SIZE": "8"]

        #expect(try PoolOptions.parse([]).resolved(environment: [:]) == 4)
        #expect(try PoolOptions.parse([]).resolved(environment: environment) == 8)
        #expect(try PoolOptions.parse(["--pool-size", "2"]).resolved(environment: environment) == 2)
    }

    @Test func aPoolOfNoneOrNotANumberIsRefusedByName() throws {
        #expect {
            try PoolOptions.parse(["--pool-size", "0"]).resolved(environment: [:])
        } throws: { error in
            let message = (error as? CommandFailure)?.message
            return message?.zh.contains("--pool-size「0」无效") == true
                && message?.en.contains("--pool-size \"0\" is not valid") == true
        }
        #expect {
            try PoolOptions.parse([]).resolved(environment: ["YOUCHENG_POOL_SIZE": "many"])
        } throws: { error in
            "\(error)".contains("YOUCHENG_POOL_SIZE")
        }
    }
}
