import Foundation
import YouchengCore
import YouchengStore

extension AccountCommands {
    /// The username of the administrator `serve --demo` creates on a database without users.
    public static let demoAdmin = "demo"
    /// The editor `serve --demo` creates beside it, in the demo plan's busiest unit, so the demo shows a member unit's
    /// workspace as its editors see it.
    public static let demoEditor = "demo-editor"
    /// The demo editor's unit: it leads three tasks of the demo plan and the demo notices are addressed to it.
    public static let demoEditorUnit = "苏州市商务局"

    /// What `serve` says on a database without any user: how to create the first administrator, or, with `demo`,
    /// the demo administrator it has just created and its random password — and the demo editor's, when the demo plan
    /// has created the editor's unit. Nil once there is a user.
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
        let notice = """
            已创建演示管理员 / created the demo administrator:
                用户名 / username: \(Self.demoAdmin)
                密码 / password:   \(password)
            """
        guard (try? await stores.units.find(Self.demoEditorUnit)) != nil else { return notice }
        let editorPassword = RandomToken.hex(bytes: 12)
        _ = try await createUser(
            username: Self.demoEditor, password: editorPassword, role: Role.editor.rawValue, unit: Self.demoEditorUnit)
        return notice + """

            已创建演示编辑（\(Self.demoEditorUnit)，登录后进入本单位工作台）/ created the demo editor (of \(Self.demoEditorUnit); \
            signing in opens the unit's workspace):
                用户名 / username: \(Self.demoEditor)
                密码 / password:   \(editorPassword)
            """
    }
}
