import Foundation
import YouchengCore
import YouchengStore

extension AccountCommands {
    /// The username of the administrator `serve --demo` creates on a database without users.
    public static let demoAdmin = "demo"

    /// What `serve` says on a database without any user: how to create the first administrator, or, with `demo`,
    /// the demo administrator it has just created and its random password. Nil once there is a user.
    public func firstRunNotice(demo: Bool) async throws -> String? {
        guard try await stores.users.count() == 0 else { return nil }
        guard demo else {
            return """
                数据库中还没有用户，无法登录。请先创建第一个管理员（使用与本服务相同的 --database）：
                No user yet, so nobody can sign in. Create the first administrator (with the same --database):
                    youcheng user create --username admin --role admin
                """
        }
        // 24 hex digits: 96 random bits, well over the minimum length.
        let password = RandomToken.hex(bytes: 12)
        _ = try await createUser(username: Self.demoAdmin, password: password, role: Role.admin.rawValue, unit: nil)
        return """
            已创建演示管理员 / created the demo administrator:
                用户名 / username: \(Self.demoAdmin)
                密码 / password:   \(password)
            """
    }
}
