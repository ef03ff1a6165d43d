import YouchengCore

extension WebDependencies {
    /// Throws `AccessDenied` unless `principal` may create this partnership (`id` nil) or change the stored one into
    /// it; `RegistryError.notFound` for an unknown id. The form and the API both ask here.
    /// The draft comes back with `sharedPartnerEditor` set to the principal, so the store guards the partner's shared
    /// names for them.
    func authorize(_ draft: PartnershipDraft, id: Int64?, principal: Principal) async throws -> PartnershipDraft {
        let allowed: Bool
        if let id {
            guard let record = try await repository.partnership(id: id) else { throw RegistryError.notFound }
            allowed = policy.mayEditPartnership(home: record.home.code, newHome: draft.homeCode, as: principal)
        } else {
            allowed = policy.mayCreatePartnership(home: draft.homeCode, as: principal)
        }
        guard allowed else { throw AccessDenied() }
        var authorized = draft
        authorized.sharedPartnerEditor = principal
        return authorized
    }
}
