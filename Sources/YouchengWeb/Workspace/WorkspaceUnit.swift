import YouchengCore

/// Whose workspace a request asks for. Parameter `unit` (an id) lets administrators and viewers choose any unit;
/// an editor may name only their own (403 otherwise). Without it the user's own unit is meant, unless that unit
/// has been deactivated: then there is none, and the page asks to pick one.
struct WorkspaceUnit: Sendable {
    /// The unit whose workspace is shown; nil when none is chosen and the user's own unit is inactive.
    let unit: MemberUnit?
    /// Whether the user may choose another unit (administrators and viewers).
    let mayChoose: Bool
    /// Every active unit by name, for the chooser (empty when the user may not choose).
    let choices: [MemberUnit]

    /// Reads `parameters` for `principal`, every unit being `units` (inactive ones too). An unknown id is a 404
    /// naming `unit`; an editor naming another unit is refused.
    init(_ parameters: PageParameters, principal: Principal, units: [MemberUnit]) throws {
        mayChoose = principal.role != .editor
        choices = mayChoose ? units.filter(\.active).sorted { ($0.nameZh, $0.id) < ($1.nameZh, $1.id) } : []
        if let id = try parameters.number("unit", in: 1...Int.max).map(Int64.init) {
            guard mayChoose || id == principal.unitId else { throw AccessDenied() }
            guard let chosen = units.first(where: { $0.id == id }) else { throw PlanError.unitNotFound(id) }
            unit = chosen
        } else {
            unit = units.first { $0.id == principal.unitId && $0.active }
        }
    }
}
