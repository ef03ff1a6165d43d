/// What a user may do. Enforced on the server by `AccessPolicy`, for pages and API alike.
public enum Role: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// Everything, including units and users.
    case admin
    /// Creates and changes the records of their own unit, and partnerships of their unit's localities.
    case editor
    /// Reads.
    case viewer

    /// The message for a role that is none of the three.
    public static func unknown(_ text: String) -> FieldError {
        FieldError(
            code: "unknown_role", field: "role",
            message: Bilingual(
                zh: "角色「\(text)」无效：应为 admin（管理员）、editor（编辑）或 viewer（查看者）",
                en: "role \"\(text)\" is not valid: use admin, editor or viewer"))
    }
}
